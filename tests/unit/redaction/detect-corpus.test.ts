import { describe, expect, it } from "vitest";
import { isValidBsn } from "@/lib/redaction/checksums";
import { detectSensitive } from "@/lib/redaction/detect";
import { loadCorpus, scoreDocument, type Score } from "./corpus";

const corpus = loadCorpus();

function total(set: "dev" | "heldout" | "all") {
  const sum: Score = {
    spans: { privacy: 0, competition: 0 },
    found: { privacy: 0, competition: 0 },
    findings: 0,
    correct: 0,
    misses: [],
    wrong: [],
  };
  for (const doc of corpus.filter((d) => set === "all" || d.set === set)) {
    const s = scoreDocument(doc, detectSensitive(doc.text, doc.options));
    for (const g of ["privacy", "competition"] as const) {
      sum.spans[g] += s.spans[g];
      sum.found[g] += s.found[g];
    }
    sum.findings += s.findings;
    sum.correct += s.correct;
    sum.misses.push(...s.misses);
    sum.wrong.push(...s.wrong);
  }
  return {
    ...sum,
    privacyRecall: sum.found.privacy / sum.spans.privacy,
    competitionRecall: sum.found.competition / sum.spans.competition,
    precision: sum.correct / sum.findings,
  };
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

describe("detectSensitive on the labelled corpus of minutes", () => {
  it("has enough labelled passages, with valid numbers where they look like a BSN", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(10);
    const spans = corpus.flatMap((d) => d.spans);
    expect(spans.filter((s) => s.ground === "privacy").length).toBeGreaterThanOrEqual(150);
    expect(spans.filter((s) => s.ground === "competition").length).toBeGreaterThanOrEqual(60);
    expect(corpus.filter((d) => d.set === "heldout").length).toBeGreaterThanOrEqual(3);
    for (const doc of corpus)
      for (const s of doc.spans) {
        const digits = doc.text.slice(s.start, s.end).replace(/[ .]/g, "");
        if (/^\d{9}$/.test(digits)) expect(isValidBsn(digits), `${doc.file}: ${digits}`).toBe(true);
      }
  });

  it("reports recall per ground and precision, and reaches the targets", () => {
    const rows = (["dev", "heldout", "all"] as const).map((set) => [set, total(set)] as const);
    const lines = rows.map(
      ([set, r]) =>
        `${set.padEnd(8)} privacy recall ${pct(r.privacyRecall)} (${r.found.privacy}/${r.spans.privacy})  ` +
        `competition recall ${pct(r.competitionRecall)} (${r.found.competition}/${r.spans.competition})  ` +
        `precision ${pct(r.precision)} (${r.correct}/${r.findings})`,
    );
    const all = rows[2]![1];
    console.log(
      [
        "Detector on the labelled corpus:",
        ...lines,
        "Missed:",
        ...all.misses.map((m) => `  ${m}`),
        "Wrongly suggested:",
        ...all.wrong.map((w) => `  ${w}`),
      ].join("\n"),
    );
    expect(all.privacyRecall).toBeGreaterThanOrEqual(0.95);
    expect(all.competitionRecall).toBeGreaterThanOrEqual(0.9);
    expect(all.precision).toBeGreaterThanOrEqual(0.85);
  });
});
