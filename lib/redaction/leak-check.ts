import { detectSensitive } from "./detect";
import type { DetectOptions, FindingKind } from "./finding";
import { REDACTION_LABELS } from "./grounds";
import { findingKey } from "./review";

export type Surface = { name: string; content: string };
export type Leak =
  | { surface: string; reason: "removed-text"; length: number }
  | { surface: string; reason: "detector"; kind: FindingKind };

const LABELS = Object.values(REDACTION_LABELS);
// The check compares text as a reader would see it, whatever the markup or line wrapping.
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function readable(content: string): string {
  let out = content
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole);
  for (const label of LABELS) out = out.split(label).join(" ");
  return out.replace(/\s+/g, " ").toLowerCase();
}

/**
 * The last gate before publication: no removed text may survive on any surface a non-officer can
 * reach (HTML with its attributes, PDF text and metadata, JSON), and the detector, run again on
 * what will be published, may find nothing the officer did not explicitly keep.
 * Very short removed texts (one or two characters) are not searched: they occur everywhere.
 */
export function findLeaks(input: {
  removed: readonly string[];
  surfaces: readonly Surface[];
  publishedText: string;
  options: DetectOptions;
  dismissed: readonly string[];
}): Leak[] {
  const leaks: Leak[] = [];
  const needles = [
    ...new Set(input.removed.map((r) => r.replace(/\s+/g, " ").trim().toLowerCase()).filter((r) => r.length >= 3)),
  ];
  for (const surface of input.surfaces) {
    const haystack = readable(surface.content);
    for (const needle of needles)
      if (haystack.includes(needle))
        leaks.push({ surface: surface.name, reason: "removed-text", length: needle.length });
  }
  const kept = new Set(input.dismissed);
  let text = input.publishedText;
  for (const label of LABELS) text = text.split(label).join(" ");
  for (const finding of detectSensitive(text, input.options)) {
    if (!kept.has(findingKey(finding.kind, text.slice(finding.start, finding.end))))
      leaks.push({ surface: "text", reason: "detector", kind: finding.kind });
  }
  return leaks;
}
