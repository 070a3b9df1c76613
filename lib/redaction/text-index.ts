import type { RichTextNode } from "@/lib/rich-text/schema";

/** A run of text in the document: offsets into the plain text and the editor position it starts at. */
export type TextSegment = { start: number; end: number; pos: number; redacted: boolean };
export type TextIndex = { text: string; segments: TextSegment[] };

const TEXT_BLOCKS = new Set(["paragraph", "heading"]);

/**
 * The plain text the detector reads, with a map back to ProseMirror positions: every node that
 * is not a leaf opens and closes with one position, text counts one per character, a leaf one.
 * Blocks are separated by a newline so that a pattern never runs from one paragraph into the next.
 */
export function indexText(doc: RichTextNode): TextIndex {
  // Parts are joined once at the end: asking a growing string for its last character would copy it.
  const parts: string[] = [];
  let length = 0;
  let last = "";
  let pos = 0;
  const segments: TextSegment[] = [];
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
      segments.push({
        start: length,
        end: length + value.length,
        pos,
        redacted: Boolean(node.marks?.some((m) => m.type === "redaction")),
      });
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
  return { text: parts.join(""), segments };
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
  for (const s of index.segments) {
    if (s.end <= start || s.start >= end) continue;
    for (let i = Math.max(s.start, start); i < Math.min(s.end, end); i++) {
      if (!essential.test(index.text[i]!)) continue;
      total++;
      if (s.redacted) redacted++;
    }
  }
  return total > 0 && redacted === total;
}
