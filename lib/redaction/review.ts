import type { RichTextDoc, RichTextNode } from "@/lib/rich-text/schema";
import { applyRedactions, hasVisibleText } from "./apply";
import { detectSensitive } from "./detect";
import type { DetectOptions, Finding, FindingKind } from "./finding";
import type { RedactionGround } from "./grounds";
import { addressCarries, hrefOf, needlesFor } from "./link-address";
import { addressAt, indexText, isCovered, positionOf, type TextIndex } from "./text-index";

export type FindingStatus = "open" | "redacted" | "dismissed";
export type ReviewedFinding = Finding & {
  text: string;
  key: string;
  from: number | null;
  to: number | null;
  /** Set when the finding is in a link's address: the linked text's editor range and the address. */
  link: { from: number; to: number; href: string } | null;
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
 * The plain text the detector reads for a working copy, link addresses included. An address
 * whose link will not survive publication (its text is redacted or invisible, or the address
 * holds removed text) counts as redacted: it never leaves.
 */
export function reviewIndex(doc: RichTextDoc): TextIndex {
  const index = indexText(doc, { addresses: true });
  if (!index.addresses.length) return index;
  const needles = needlesFor(applyRedactions(doc).removed);
  const invisible = new Set<string>();
  collectInvisibleLinks(doc, invisible);
  for (const address of index.addresses)
    address.redacted ||= invisible.has(address.href) || addressCarries(address.href, needles);
  return index;
}

function collectInvisibleLinks(node: RichTextNode, into: Set<string>): void {
  if (node.type === "text") {
    const link = node.marks?.find((m) => m.type === "link");
    if (link && !hasVisibleText(node.text)) into.add(hrefOf(link));
  }
  for (const child of node.content ?? []) collectInvisibleLinks(child, into);
}

/**
 * Runs the detector on a working copy and says for every finding whether it is redacted, was
 * dismissed by the officer, or still waits for a decision. Used by the editor and by the server.
 */
export function reviewFindings(
  doc: RichTextDoc,
  options: DetectOptions,
  dismissed: readonly string[],
): ReviewedFinding[] {
  const index = reviewIndex(doc);
  const rejected = new Set(dismissed);
  return detectSensitive(index.text, options).map((f) => {
    const text = index.text.slice(f.start, f.end);
    const key = findingKey(f.kind, text);
    const status: FindingStatus = isCovered(index, f.start, f.end)
      ? "redacted"
      : rejected.has(key)
        ? "dismissed"
        : "open";
    const address = addressAt(index, f.start);
    return {
      ...f,
      text,
      key,
      from: positionOf(index, f.start, "start"),
      to: positionOf(index, f.end, "end"),
      link: address ? { from: address.from, to: address.to, href: address.href } : null,
      status,
      suggestedGround: GROUND_FOR_KIND[f.kind],
    };
  });
}
