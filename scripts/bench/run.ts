// `npm run bench`: measures the portal's hot paths and writes the figures to docs/PERFORMANCE.md.
// `npm run bench -- --only=detect,publish` measures only those parts and updates only their rows.
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { benchDetectSensitive } from "./detect-sensitive";
import { benchPublishMinutes } from "./publish-minutes";
import { benchSelectParticipants } from "./select-participants";
import { benchHttp, type HttpResult } from "./http";
import type { BenchResult } from "./measure";
import { amsterdamDay } from "@/lib/time/amsterdam";

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

function table(results: BenchResult[]): string {
  const rows = results.map((r) => {
    const onMedian = r.targetOn === "median";
    const target = `${onMedian ? "mediaan " : ""}< ${r.targetMs} ms`;
    const verdict =
      r.targetMs === undefined
        ? "—"
        : (onMedian ? r.medianMs : r.p95Ms) <= r.targetMs
          ? `binnen doel (${target})`
          : `BOVEN doel (${target})`;
    return `| ${r.name} | ${r.runs} | ${r.medianMs.toFixed(1)} ms | ${r.p95Ms.toFixed(1)} ms | ${verdict} |`;
  });
  const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
  return [
    `Gemeten op ${amsterdamDay(new Date())} (${machine}).`,
    "",
    "| meting | runs | mediaan | p95 | doel |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

function httpTable(framework: HttpResult, results: HttpResult[], seedSeconds: number): string {
  const ceiling = results[0]?.requestsPerSecond ?? 1;
  const row = (r: HttpResult, verdict: string) =>
    `| ${r.name} | ${r.requestsPerSecond.toFixed(0)} | ${Math.round((r.requestsPerSecond / ceiling) * 100)}% | ` +
    `${r.p50} ms | ${r.p90} ms | ${r.p975} ms | ${r.errors} | ${verdict} |`;
  const withinTarget = (r: HttpResult) => r.p975 < 200 && r.requestsPerSecond / ceiling >= 0.3;
  return [
    "",
    `HTTP met autocannon, 50 verbindingen, 10 s per pagina, productiebuild op PostgreSQL met 10.000 aanbieders, ` +
      `2.000 consultaties en 200.000 reacties (laden: ${seedSeconds.toFixed(0)} s).`,
    "Doel: p95 onder 200 ms en minstens 30% van de doorvoer van de triviale pagina. autocannon meldt p90 en " +
      "p97,5; p95 ligt daartussen, dus p97,5 < 200 ms bewijst het doel.",
    "De eerste regel is geen pagina van het portaal maar een lege pagina van dezelfde Next-versie, zonder proxy, " +
      "sessie of database: wat het framework zelf hier haalt.",
    "",
    "| pagina | verzoeken/s | t.o.v. plafond | p50 | p90 | p97,5 | fouten | doel |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    row(framework, "(referentie)"),
    ...results.map((r) => row(r, withinTarget(r) ? "binnen doel" : "BUITEN doel")),
  ].join("\n");
}

/** The parts of the benchmark, selectable with `--only=detect,publish` (default: all of them). */
const PARTS = ["select", "detect", "publish", "http"] as const;
type Part = (typeof PARTS)[number];

function selectedParts(argv: readonly string[]): Set<Part> {
  const only = argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
  if (!only) return new Set(PARTS);
  const asked = only.split(",").map((p) => p.trim());
  const unknown = asked.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length) throw new Error(`unknown part(s) ${unknown.join(", ")}; choose from ${PARTS.join(", ")}`);
  return new Set(asked as Part[]);
}

/** The name of a measurement without its details: "detectSensitive", "publiceren". */
const rowKey = (line: string) =>
  line
    .replace(/^\|\s*/, "")
    .split(" — ")[0]!
    .trim();

/**
 * A partial run replaces only its own rows of the figures table (with the day they were measured),
 * and leaves every other row and the HTTP table as they were.
 */
function mergeRows(block: string, results: BenchResult[]): string {
  const fresh = table(results).split("\n").slice(4);
  const day = amsterdamDay(new Date());
  const lines = block.split("\n");
  for (const row of fresh) {
    const dated = row.replace(/ \| (\d+) \| /, ` (gemeten op ${day}) | $1 | `);
    const at = lines.findIndex((l) => l.startsWith("|") && rowKey(l) === rowKey(row));
    if (at >= 0) lines[at] = dated;
    else {
      // After the last row of the first table.
      const first = lines.findIndex((l) => l.startsWith("| meting"));
      let end = first;
      while (end + 1 < lines.length && lines[end + 1]!.startsWith("|")) end++;
      lines.splice(end + 1, 0, dated);
    }
  }
  return lines.join("\n");
}

async function main() {
  const parts = selectedParts(process.argv.slice(2));
  const pg = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const results: BenchResult[] = [];
  if (parts.has("select")) results.push(benchSelectParticipants());
  if (parts.has("detect")) results.push(benchDetectSensitive());
  if (parts.has("publish")) results.push(await benchPublishMinutes(pg));
  let figures = table(results);
  if (pg && parts.has("http")) {
    const http = await benchHttp(pg);
    figures += `\n${httpTable(http.framework, http.results, http.seedSeconds)}`;
  } else if (parts.has("http")) {
    console.log("Geen BENCH_DATABASE_URL of TEST_DATABASE_URL: de HTTP-meting op PostgreSQL wordt overgeslagen.");
  }
  console.log(figures);
  const file = "docs/PERFORMANCE.md";
  const doc = readFileSync(file, "utf8");
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start >= 0 && end > start) {
    const whole = parts.size === PARTS.length;
    const block = whole ? figures : mergeRows(doc.slice(start + START.length, end).trim(), results);
    const gap = whole ? "\n" : "\n\n";
    writeFileSync(file, `${doc.slice(0, start + START.length)}${gap}${block}${gap}${doc.slice(end)}`);
    console.log(`Cijfers bijgewerkt in ${file}${whole ? "" : " (alleen de gemeten regels)"}.`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
