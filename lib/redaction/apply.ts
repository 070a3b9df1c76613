import type { RichTextDoc, RichTextMark, RichTextNode } from "@/lib/rich-text/schema";
import { REDACTION_LABELS, isRedactionGround, type RedactionGround } from "./grounds";

export type AppliedRedactions = {
  /** The copy that may leave the municipality: redacted passages replaced by fixed labels. */
  doc: RichTextDoc;
  /** The removed texts, one per redacted passage: only for the leak check, never stored with the copy. */
  removed: string[];
  /** How many passages per ground, for the audit (the ground, not the text). */
  grounds: Partial<Record<RedactionGround, number>>;
};

// Only these attributes carry over; anything else a crafted document holds is dropped.
const KEPT_NODE_ATTRS: Partial<Record<RichTextNode["type"], readonly string[]>> = {
  heading: ["level"],
  orderedList: ["start"],
};
const KEPT_MARKS = new Set(["bold", "italic", "underline", "strike", "link"]);

const groundOf = (node: RichTextNode): RedactionGround | null => {
  const mark = node.marks?.find((m) => m.type === "redaction");
  if (!mark) return null;
  const ground = mark.attrs?.ground;
  // A redaction without a valid ground is still redacted: failing closed is the safe side.
  return isRedactionGround(ground) ? ground : "other";
};

/**
 * Builds the published copy of a document on the server. Every run of consecutive redacted text
 * becomes one label node with the fixed text of its ground; link targets that touch a redacted
 * passage, or contain removed text, are dropped.
 */
export function applyRedactions(doc: RichTextDoc): AppliedRedactions {
  const removed: string[] = [];
  const grounds: AppliedRedactions["grounds"] = {};
  const taintedHrefs = new Set<string>();
  collectRedactedLinks(doc, taintedHrefs);

  const mapChildren = (children: RichTextNode[]): RichTextNode[] => {
    const out: RichTextNode[] = [];
    let run: { ground: RedactionGround; text: string } | null = null;
    const flush = () => {
      if (!run) return;
      removed.push(run.text);
      grounds[run.ground] = (grounds[run.ground] ?? 0) + 1;
      out.push({ type: "text", text: REDACTION_LABELS[run.ground], marks: [{ type: "redactionLabel" }] });
      run = null;
    };
    for (const child of children) {
      const ground = child.type === "text" ? groundOf(child) : null;
      if (ground) {
        if (run && run.ground === ground) run.text += child.text ?? "";
        else {
          flush();
          run = { ground, text: child.text ?? "" };
        }
        continue;
      }
      flush();
      out.push(mapNode(child));
    }
    flush();
    return out;
  };

  const mapNode = (node: RichTextNode): RichTextNode => {
    if (node.type === "text") {
      const marks = (node.marks ?? [])
        .filter((m) => KEPT_MARKS.has(m.type) && !(m.type === "link" && !safeLink(m, taintedHrefs, removed)))
        .map(cleanMark);
      return marks.length ? { type: "text", text: node.text ?? "", marks } : { type: "text", text: node.text ?? "" };
    }
    const kept = KEPT_NODE_ATTRS[node.type];
    const attrs =
      kept && node.attrs
        ? Object.fromEntries(kept.filter((k) => typeof node.attrs?.[k] === "number").map((k) => [k, node.attrs![k]]))
        : undefined;
    return {
      type: node.type,
      ...(attrs && Object.keys(attrs).length ? { attrs } : {}),
      ...(node.content ? { content: mapChildren(node.content) } : {}),
    };
  };

  const content = mapChildren(doc.content ?? []);
  // Links are judged against every removed text, so decide them again now that all are known.
  const published = { type: "doc" as const, content: content.map((n) => dropTaintedLinks(n, removed)) };
  return { doc: published, removed, grounds };
}

function cleanMark(mark: RichTextMark): RichTextMark {
  return mark.type === "link" ? { type: "link", attrs: { href: String(mark.attrs?.href ?? "") } } : { type: mark.type };
}

function collectRedactedLinks(node: RichTextNode, into: Set<string>): void {
  if (node.type === "text" && groundOf(node)) {
    for (const mark of node.marks ?? []) if (mark.type === "link") into.add(String(mark.attrs?.href ?? ""));
  }
  for (const child of node.content ?? []) collectRedactedLinks(child, into);
}

function safeLink(mark: RichTextMark, tainted: Set<string>, removed: string[]): boolean {
  const href = String(mark.attrs?.href ?? "");
  return !tainted.has(href) && !containsRemoved(href, removed);
}

function containsRemoved(value: string, removed: string[]): boolean {
  const haystack = value.toLowerCase();
  return removed.some((text) => {
    const needle = text.trim().toLowerCase();
    return (
      needle.length >= 3 && (haystack.includes(needle) || haystack.includes(encodeURIComponent(needle).toLowerCase()))
    );
  });
}

function dropTaintedLinks(node: RichTextNode, removed: string[]): RichTextNode {
  if (node.type === "text") {
    if (!node.marks?.some((m) => m.type === "link")) return node;
    const marks = node.marks.filter((m) => m.type !== "link" || !containsRemoved(String(m.attrs?.href ?? ""), removed));
    return marks.length ? { ...node, marks } : { type: "text", text: node.text ?? "" };
  }
  return node.content ? { ...node, content: node.content.map((c) => dropTaintedLinks(c, removed)) } : node;
}
