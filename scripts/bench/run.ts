// `npm run bench`: measures the portal's hot paths and writes the figures to docs/PERFORMANCE.md.
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { benchDetectSensitive } from "./detect-sensitive";
import { benchKpiImport } from "./kpi-import";
import { benchPublishMinutes } from "./publish-minutes";
import { benchSelectParticipants } from "./select-participants";
import { benchHttp, type HttpResult } from "./http";
import type { BenchResult } from "./measure";
import { amsterdamDay } from "@/lib/time/amsterdam";

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";
// The KPI import has a section of its own, so it can be measured alone: `npm run bench -- --only kpi-import`.
const KPI_START = "<!-- bench:kpi-import:start -->";
const KPI_END = "<!-- bench:kpi-import:end -->";
const CASES = ["kpi-import"] as const;

function selectedCase(argv: string[]): (typeof CASES)[number] | null {
  const at = argv.findIndex((a) => a === "--only" || a.startsWith("--only="));
  if (at < 0) return null;
  const name = argv[at]!.includes("=") ? argv[at]!.split("=")[1] : argv[at + 1];
  const found = CASES.find((c) => c === name);
  if (!found) throw new Error(`--only takes one of: ${CASES.join(", ")}`);
  return found;
}

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
    const verdict =
      r.targetMs === undefined
        ? "—"
        : r.p95Ms <= r.targetMs
          ? `binnen doel (< ${r.targetMs} ms)`
          : `BOVEN doel (< ${r.targetMs} ms)`;
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

async function main() {
  const pg = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (selectedCase(process.argv.slice(2)) === "kpi-import") return benchKpiSection(pg);
  await benchKpiSection(pg);
  const results = [benchSelectParticipants(), benchDetectSensitive(), await benchPublishMinutes(pg)];
  let figures = table(results);
  if (pg) {
    const http = await benchHttp(pg);
    figures += `\n${httpTable(http.framework, http.results, http.seedSeconds)}`;
  } else {
    console.log("Geen BENCH_DATABASE_URL of TEST_DATABASE_URL: de HTTP-meting op PostgreSQL wordt overgeslagen.");
  }
  console.log(figures);
  const file = "docs/PERFORMANCE.md";
  const doc = readFileSync(file, "utf8");
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start >= 0 && end > start) {
    writeFileSync(file, `${doc.slice(0, start + START.length)}\n${figures}\n${doc.slice(end)}`);
    console.log(`Cijfers bijgewerkt in ${file}.`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
