import type { RichTextNode } from "@/lib/rich-text/schema";
import { hrefOf, readableAddress } from "./link-address";

/** A run of text in the document: offsets into the plain text and the editor position it starts at. */
export type TextSegment = { start: number; end: number; pos: number; redacted: boolean };
/**
 * A link's address, decoded as a reader would read it, appended after the text so the detector
 * scans it too. `from`/`to` are the editor positions of the linked text; `redacted` says whether
 * the link will be dropped from the published copy (its text is redacted).
 */
export type AddressSegment = TextSegment & { href: string; from: number; to: number };
export type TextIndex = { text: string; segments: TextSegment[]; addresses: AddressSegment[] };

const TEXT_BLOCKS = new Set(["paragraph", "heading"]);

/**
 * The plain text the detector reads, with a map back to ProseMirror positions: every node that
 * is not a leaf opens and closes with one position, text counts one per character, a leaf one.
 * Blocks are separated by a newline so that a pattern never runs from one paragraph into the next.
 */
export function indexText(doc: RichTextNode, options: { addresses?: boolean } = {}): TextIndex {
  // Parts are joined once at the end: asking a growing string for its last character would copy it.
  const parts: string[] = [];
  let length = 0;
  let last = "";
  let pos = 0;
  const segments: TextSegment[] = [];
  // Consecutive text nodes with the same address are one link.
  const links: { href: string; from: number; to: number; redacted: boolean }[] = [];
  const append = (value: string) => {
    if (!value) return;
    parts.push(value);
    length += value.length;
    last = value[value.length - 1]!;
  };
  const newline = () => {
    if (length && last !== "\n") append("\n");
  };
  const walk = (node: RichTextNode) => {
    if (node.type === "text") {
      const value = node.text ?? "";
      const redacted = Boolean(node.marks?.some((m) => m.type === "redaction"));
      segments.push({ start: length, end: length + value.length, pos, redacted });
      const link = node.marks?.find((m) => m.type === "link");
      if (link && options.addresses) {
        const href = hrefOf(link);
        const previous = links.at(-1);
        if (previous && previous.href === href && previous.to === pos) {
          previous.to = pos + value.length;
          previous.redacted ||= redacted;
        } else links.push({ href, from: pos, to: pos + value.length, redacted });
      }
      append(value);
      pos += value.length;
      return;
    }
    if (node.type === "hardBreak" || node.type === "horizontalRule") {
      newline();
      pos += 1;
      return;
    }
    if (TEXT_BLOCKS.has(node.type)) newline();
    pos += 1;
    for (const child of node.content ?? []) walk(child);
    pos += 1;
    if (TEXT_BLOCKS.has(node.type)) newline();
  };
  for (const child of doc.content ?? []) walk(child);
  const addresses: AddressSegment[] = [];
  for (const link of links) {
    newline();
    const value = readableAddress(link.href);
    addresses.push({ ...link, start: length, end: length + value.length, pos: link.from });
    append(value);
  }
  return { text: parts.join(""), segments, addresses };
}

/** The link address a plain-text offset falls in, if any. */
export function addressAt(index: TextIndex, offset: number): AddressSegment | null {
  return index.addresses.find((a) => offset >= a.start && offset < a.end) ?? null;
}

/** The editor position of a plain-text offset; `edge` says whether it starts or ends a range. */
export function positionOf(index: TextIndex, offset: number, edge: "start" | "end"): number | null {
  for (const s of index.segments) {
    const inside = edge === "start" ? offset >= s.start && offset < s.end : offset > s.start && offset <= s.end;
    if (inside) return s.pos + (offset - s.start);
  }
  return null;
}

/**
 * Whether the sensitive part of [start, end) is redacted: every digit when the span has digits
 * (an amount with "per uur" after it is safe once the amount is gone), else every visible character.
 */
export function isCovered(index: TextIndex, start: number, end: number): boolean {
  const span = index.text.slice(start, end);
  const essential = /\d/.test(span) ? /\d/ : /\S/;
  let redacted = 0;
  let total = 0;
  for (const s of [...index.segments, ...index.addresses]) {
    if (s.end <= start || s.start >= end) continue;
    for (let i = Math.max(s.start, start); i < Math.min(s.end, end); i++) {
      if (!essential.test(index.text[i]!)) continue;
      total++;
      if (s.redacted) redacted++;
    }
  }
  return total > 0 && redacted === total;
}
