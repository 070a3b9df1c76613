import type { RichTextDoc } from "@/lib/rich-text/schema";
import { detectSensitive } from "./detect";
import type { DetectOptions, Finding, FindingKind } from "./finding";
import type { RedactionGround } from "./grounds";
import { indexText, isCovered, positionOf } from "./text-index";

export type FindingStatus = "open" | "redacted" | "dismissed";
export type ReviewedFinding = Finding & {
  text: string;
  key: string;
  from: number | null;
  to: number | null;
  status: FindingStatus;
  suggestedGround: RedactionGround;
};

/** The Woo ground an officer most likely wants for a kind of finding. */
export const GROUND_FOR_KIND: Record<FindingKind, RedactionGround> = {
  bsn: "5.1.1e",
  iban: "5.1.2e",
  email: "5.1.2e",
  phone: "5.1.2e",
  address: "5.1.2e",
  "birth-date": "5.1.2e",
  "person-name": "5.1.2e",
  health: "5.1.1d",
  money: "5.1.2f",
  percentage: "5.1.2f",
  "confidential-term": "5.1.1c",
};

/** How a decision not to redact is remembered: the kind and the text, not the place. */
export const findingKey = (kind: string, text: string) => `${kind}:${text.replace(/\s+/g, " ").trim().toLowerCase()}`;

/**
 * Runs the detector on a working copy and says for every finding whether it is redacted, was
 * dismissed by the officer, or still waits for a decision. Used by the editor and by the server.
 */
export function reviewFindings(
  doc: RichTextDoc,
  options: DetectOptions,
  dismissed: readonly string[],
): ReviewedFinding[] {
  const index = indexText(doc);
  const rejected = new Set(dismissed);
  return detectSensitive(index.text, options).map((f) => {
    const text = index.text.slice(f.start, f.end);
    const key = findingKey(f.kind, text);
    const status: FindingStatus = isCovered(index, f.start, f.end)
      ? "redacted"
      : rejected.has(key)
        ? "dismissed"
        : "open";
    return {
      ...f,
      text,
      key,
      from: positionOf(index, f.start, "start"),
      to: positionOf(index, f.end, "end"),
      status,
      suggestedGround: GROUND_FOR_KIND[f.kind],
    };
  });
}
