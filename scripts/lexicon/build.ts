/**
 * Builds the detector's word lists in lib/redaction/lexicon/*.json from two sources:
 * - @zxcvbn-ts/language-nl-be (MIT): Dutch first names, surnames and the most frequent Dutch words;
 * - this project's own curated lists in lib/redaction/lexicon/sources/*.txt.
 * Run `npx tsx scripts/lexicon/build.ts && npx prettier --write lib/redaction/lexicon` after changing a source;
 * the output is committed, so the detector needs neither the package nor the file system at run time (it also
 * runs in the browser).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dictionary } from "@zxcvbn-ts/language-nl-be";

const DIR = join(process.cwd(), "lib/redaction/lexicon");

function source(name: string): string[] {
  return readFileSync(join(DIR, "sources", name), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
}

const lower = (list: readonly string[]) => [...new Set(list.map((w) => w.trim().toLowerCase()).filter(Boolean))];
const write = (name: string, value: unknown) => writeFileSync(join(DIR, name), `${JSON.stringify(value)}\n`);

write(
  "first-names.json",
  lower([...dictionary.boysFirstnames, ...dictionary.girlsFirstnames, ...source("first-names.txt")]).sort(),
);
write("surnames.json", lower([...dictionary.lastnames, ...source("surnames.txt")]).sort());
// Kept in order of frequency: the detector treats the most frequent words as certainly ordinary.
write("common-words.json", lower(dictionary.commonWords));
write("domain-words.json", lower(source("ordinary-words.txt")).sort());

const health = source("health.txt");
write("health.json", {
  words: health.filter((t) => !t.includes(" ") && !t.startsWith("*") && t === t.toLowerCase()),
  abbreviations: health.filter((t) => t !== t.toLowerCase()),
  compoundEnds: health.filter((t) => t.startsWith("*")).map((t) => t.slice(1)),
  phrases: health.filter((t) => t.includes(" ")),
});
