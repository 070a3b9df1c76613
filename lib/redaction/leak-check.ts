import { detectSensitive } from "./detect";
import type { DetectOptions, FindingKind } from "./finding";
import { REDACTION_LABELS } from "./grounds";
import { addressCarries, addressesIn, decodedForms, foldForMatch, needlesFor } from "./link-address";
import { findingKey } from "./review";

export type Surface = { name: string; content: string };
export type Leak =
  | { surface: string; reason: "removed-text"; length: number }
  | { surface: string; reason: "detector"; kind: FindingKind };

const LABELS = Object.values(REDACTION_LABELS).map(foldForMatch);

/**
 * A surface as readers and machines could read it: entities and percent-encoding decoded (with
 * and without `+` as a space), case and accents folded, white space collapsed, labels removed.
 */
const BLOCK_TAG = /^<\/?(p|li|ul|ol|h\d|blockquote|hr|br|div|tr|td|th)\b/i;

function readableForms(content: string): string[] {
  // With the markup (attributes are read too) and without it (inline tags split no words).
  const visible = content.replace(/<[^>]*>/g, (tag) => (BLOCK_TAG.test(tag) ? " " : ""));
  return [...decodedForms(content), ...decodedForms(visible)].map((form) => {
    let out = form;
    for (const label of LABELS) out = out.split(label).join(" ");
    return out.replace(/\s+/g, " ");
  });
}

/**
 * The last gate before publication: no removed text may survive on any surface a non-officer can
 * reach (HTML with its attributes, PDF text and metadata, JSON, a change note), in any decoded
 * form, and the detector, run again on what will be published (link addresses included), may
 * find nothing the officer did not explicitly keep. Very short removed texts (one or two
 * characters) are not searched: they occur everywhere.
 */
export function findLeaks(input: {
  removed: readonly string[];
  surfaces: readonly Surface[];
  publishedText: string;
  options: DetectOptions;
  dismissed: readonly string[];
}): Leak[] {
  const leaks: Leak[] = [];
  const needles = needlesFor(input.removed);
  for (const surface of input.surfaces) {
    const forms = readableForms(surface.content);
    for (const phrase of needles.phrases)
      if (forms.some((form) => form.includes(phrase)))
        leaks.push({ surface: surface.name, reason: "removed-text", length: phrase.length });
    // Addresses are also compared run together, as in "deboer@"; the same rule dropped links by.
    if (addressesIn(surface.content).some((href) => addressCarries(href, needles)))
      leaks.push({ surface: surface.name, reason: "removed-text", length: 0 });
  }
  const kept = new Set(input.dismissed);
  let text = input.publishedText;
  for (const label of Object.values(REDACTION_LABELS)) text = text.split(label).join(" ");
  for (const finding of detectSensitive(text, input.options)) {
    if (!kept.has(findingKey(finding.kind, text.slice(finding.start, finding.end))))
      leaks.push({ surface: "text", reason: "detector", kind: finding.kind });
  }
  return leaks;
}
