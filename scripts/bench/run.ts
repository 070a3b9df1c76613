// `npm run bench`: measures the portal's hot paths and writes the figures to docs/PERFORMANCE.md.
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { benchSelectParticipants } from "./select-participants";
import type { BenchResult } from "./measure";

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

function table(results: BenchResult[]): string {
  const rows = results.map((r) => {
    const verdict = r.targetMs === undefined ? "—" : r.p95Ms <= r.targetMs ? `binnen doel (< ${r.targetMs} ms)` : `BOVEN doel (< ${r.targetMs} ms)`;
    return `| ${r.name} | ${r.runs} | ${r.medianMs.toFixed(1)} ms | ${r.p95Ms.toFixed(1)} ms | ${verdict} |`;
  });
  const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
  return [
    `Gemeten op ${new Date().toISOString().slice(0, 10)} (${machine}).`,
    "",
    "| meting | runs | mediaan | p95 | doel |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

const results = [benchSelectParticipants()];
const figures = table(results);
console.log(figures);
const file = "docs/PERFORMANCE.md";
const doc = readFileSync(file, "utf8");
const start = doc.indexOf(START);
const end = doc.indexOf(END);
if (start >= 0 && end > start) {
  writeFileSync(file, `${doc.slice(0, start + START.length)}\n${figures}\n${doc.slice(end)}`);
  console.log(`Cijfers bijgewerkt in ${file}.`);
}
