import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DetectOptions, Finding, FindingGround } from "@/lib/redaction/finding";

/** One labelled document of tests/fixtures/redaction-corpus (format in its README). */
export type CorpusDocument = {
  file: string;
  set: "dev" | "heldout";
  text: string;
  spans: Array<{ start: number; end: number; ground: FindingGround }>;
  options: DetectOptions;
};

const DIR = join(process.cwd(), "tests/fixtures/redaction-corpus");
const MARK = /\[\[([pc]):([^\]]+)\]\]/g;

const list = (value: string | undefined) =>
  (value ?? "")
    .split(";")
    .map((v) => v.trim())
    .filter(Boolean);

export function parseCorpusDocument(file: string, raw: string): CorpusDocument {
  const [head = "", ...rest] = raw.split(/^---$/m);
  const header = new Map<string, string>();
  for (const line of head.split("\n")) {
    const m = /^#\s*([^:]+):\s*(.*)$/.exec(line);
    if (m) header.set(m[1]!.trim(), m[2]!.trim());
  }
  const body = rest.join("---").replace(/^\n/, "");
  const spans: CorpusDocument["spans"] = [];
  let text = "";
  let last = 0;
  for (const m of body.matchAll(MARK)) {
    text += body.slice(last, m.index);
    spans.push({
      start: text.length,
      end: text.length + m[2]!.length,
      ground: m[1] === "p" ? "privacy" : "competition",
    });
    text += m[2]!;
    last = m.index + m[0].length;
  }
  text += body.slice(last);
  const set = header.get("set") === "heldout" ? "heldout" : "dev";
  return {
    file,
    set,
    text,
    spans,
    options: {
      participants: list(header.get("deelnemers")),
      officials: list(header.get("functionarissen")),
      providerNames: list(header.get("aanbieders")),
      publicFigures: list(header.get("openbare cijfers")),
      municipalDomains: list(header.get("gemeentedomeinen")),
    },
  };
}

export function loadCorpus(): CorpusDocument[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => parseCorpusDocument(f, readFileSync(join(DIR, f), "utf8")));
}

export type Score = {
  spans: Record<FindingGround, number>;
  found: Record<FindingGround, number>;
  findings: number;
  correct: number;
  misses: string[];
  wrong: string[];
};

/**
 * A labelled span counts as found when findings of its ground cover all of it (together, if the detector
 * split it); a finding is correct when it overlaps a labelled span of its own ground.
 */
export function scoreDocument(doc: CorpusDocument, findings: readonly Finding[]): Score {
  const score: Score = {
    spans: { privacy: 0, competition: 0 },
    found: { privacy: 0, competition: 0 },
    findings: findings.length,
    correct: 0,
    misses: [],
    wrong: [],
  };
  for (const span of doc.spans) {
    score.spans[span.ground]++;
    let at = span.start;
    for (const f of findings) if (f.ground === span.ground && f.start <= at && f.end > at) at = Math.max(at, f.end);
    // Findings are sorted and never overlap, so one pass finds a chain that covers the span.
    if (at >= span.end) score.found[span.ground]++;
    else score.misses.push(`${doc.file}: ${span.ground} "${doc.text.slice(span.start, span.end)}"`);
  }
  for (const f of findings) {
    const hit = doc.spans.some((s) => s.ground === f.ground && f.start < s.end && f.end > s.start);
    if (hit) score.correct++;
    else score.wrong.push(`${doc.file}: ${f.kind} "${doc.text.slice(f.start, f.end)}"`);
  }
  return score;
}
