// `npm run bench`: measures the portal's hot paths and writes the figures to docs/PERFORMANCE.md.
// `npm run bench -- --only=detect,publish` measures only those parts and updates only their rows.
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { benchDetectSensitive } from "./detect-sensitive";
import { benchKpiImport } from "./kpi-import";
import { benchPublishMinutes } from "./publish-minutes";
import { benchSelectParticipants } from "./select-participants";
import { benchHttp } from "./http";
import { httpReport } from "./http-report";
import type { BenchResult } from "./measure";
import { amsterdamDay } from "@/lib/time/amsterdam";

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";
// The KPI import has a section of its own, so it can be measured alone: `npm run bench -- --only kpi-import`.
const KPI_START = "<!-- bench:kpi-import:start -->";
const KPI_END = "<!-- bench:kpi-import:end -->";
function replaceBlock(file: string, start: string, end: string, figures: string): boolean {
  const doc = readFileSync(file, "utf8");
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to <= from) return false;
  writeFileSync(file, `${doc.slice(0, from + start.length)}\n${figures}\n${doc.slice(to)}`);
  return true;
}

async function benchKpiSection(pg: string | undefined) {
  const figures = table(await benchKpiImport(pg));
  console.log(figures);
  if (replaceBlock("docs/PERFORMANCE.md", KPI_START, KPI_END, figures))
    console.log("KPI-importcijfers bijgewerkt in docs/PERFORMANCE.md.");
}

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

/**
 * Which cases run: all by default, or the ids given as arguments (`npm run bench -- audit overview`), e.g.
 * select-participants, detect-sensitive, publish-minutes, an HTTP case of `http-cases.ts` (home, audit, …),
 * growth-overview, growth-search, growth-consultation, js, or "http" for every HTTP case. `--only=detect,publish`
 * is the same with short names.
 */
const SHORT_NAMES: Record<string, string> = {
  select: "select-participants",
  detect: "detect-sensitive",
  publish: "publish-minutes",
};
const ALGORITHM_CASES = ["select-participants", "detect-sensitive", "publish-minutes", "kpi-import"];

function askedCases(): string[] {
  return process.argv
    .slice(2)
    .filter((a) => a !== "--" && a !== "--only")
    .flatMap((a) => (a.startsWith("--only=") ? a.slice("--only=".length).split(",") : [a]))
    .map((a) => SHORT_NAMES[a.trim()] ?? a.trim())
    .filter(Boolean);
}

function selection(asked: string[]): (id: string) => boolean {
  if (asked.length === 0) return () => true;
  return (id) => asked.includes(id) || (asked.includes("http") && !ALGORITHM_CASES.includes(id));
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
  const pg = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const asked = askedCases();
  const selected = selection(asked);
  // The KPI import writes a section of its own, so it can be measured alone.
  if (selected("kpi-import")) await benchKpiSection(pg);
  if (asked.length > 0 && asked.every((id) => id === "kpi-import")) return;
  const results = [
    ...(selected("select-participants") ? [benchSelectParticipants()] : []),
    ...(selected("detect-sensitive") ? [benchDetectSensitive()] : []),
    ...(selected("publish-minutes") ? [await benchPublishMinutes(pg)] : []),
  ];
  let figures = results.length ? table(results) : `Gemeten op ${amsterdamDay(new Date())}.`;
  const wantsHttp = asked.length === 0 || asked.some((id) => !ALGORITHM_CASES.includes(id));
  if (pg && wantsHttp) {
    figures += `\n${httpReport(await benchHttp(pg, selected))}`;
  } else if (wantsHttp) {
    console.log("Geen BENCH_DATABASE_URL of TEST_DATABASE_URL: de HTTP-meting op PostgreSQL wordt overgeslagen.");
  }
  console.log(figures);
  const file = "docs/PERFORMANCE.md";
  const doc = readFileSync(file, "utf8");
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  // A full run replaces the figures; a run of algorithm cases only replaces their rows; a selection of HTTP
  // cases is printed, for comparing changes.
  if (start < 0 || end <= start) return;
  if (asked.length === 0) {
    writeFileSync(file, `${doc.slice(0, start + START.length)}\n${figures}\n${doc.slice(end)}`);
    console.log(`Cijfers bijgewerkt in ${file}.`);
  } else if (results.length > 0 && asked.every((id) => ALGORITHM_CASES.includes(id))) {
    const block = mergeRows(doc.slice(start + START.length, end).trim(), results);
    writeFileSync(file, `${doc.slice(0, start + START.length)}\n\n${block}\n\n${doc.slice(end)}`);
    console.log(`Cijfers bijgewerkt in ${file} (alleen de gemeten regels).`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
