// `npm run bench`: measures the portal's hot paths and writes the figures to docs/PERFORMANCE.md.
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { benchDetectSensitive } from "./detect-sensitive";
import { benchPublishMinutes } from "./publish-minutes";
import { benchSelectParticipants } from "./select-participants";
import { benchHttp } from "./http";
import { httpReport } from "./http-report";
import type { BenchResult } from "./measure";
import { amsterdamDay } from "@/lib/time/amsterdam";

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

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

/**
 * Which cases run: all by default, or the ids given as arguments (`npm run bench -- audit overview`), e.g.
 * select-participants, detect-sensitive, publish-minutes, an HTTP case of `http-cases.ts` (home, audit, …),
 * growth-overview, growth-search, growth-consultation, js, or "http" for every HTTP case.
 */
function selection(): (id: string) => boolean {
  const asked = process.argv.slice(2).filter((a) => a !== "--");
  if (asked.length === 0) return () => true;
  return (id) =>
    asked.includes(id) ||
    (asked.includes("http") && !["select-participants", "detect-sensitive", "publish-minutes"].includes(id));
}

async function main() {
  const pg = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const selected = selection();
  const results = [
    ...(selected("select-participants") ? [benchSelectParticipants()] : []),
    ...(selected("detect-sensitive") ? [benchDetectSensitive()] : []),
    ...(selected("publish-minutes") ? [await benchPublishMinutes(pg)] : []),
  ];
  let figures = results.length ? table(results) : `Gemeten op ${amsterdamDay(new Date())}.`;
  if (pg) {
    figures += `\n${httpReport(await benchHttp(pg, selected))}`;
  } else {
    console.log("Geen BENCH_DATABASE_URL of TEST_DATABASE_URL: de HTTP-meting op PostgreSQL wordt overgeslagen.");
  }
  console.log(figures);
  const file = "docs/PERFORMANCE.md";
  const doc = readFileSync(file, "utf8");
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  // Only a full run replaces the figures; a selection of cases is printed, for comparing changes.
  if (process.argv.slice(2).filter((a) => a !== "--").length === 0 && start >= 0 && end > start) {
    writeFileSync(file, `${doc.slice(0, start + START.length)}\n${figures}\n${doc.slice(end)}`);
    console.log(`Cijfers bijgewerkt in ${file}.`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
