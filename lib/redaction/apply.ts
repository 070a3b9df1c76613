import type { RichTextDoc, RichTextMark, RichTextNode } from "@/lib/rich-text/schema";
import { REDACTION_LABELS, isRedactionGround, type RedactionGround } from "./grounds";
import { addressCarries, hrefOf, needlesFor } from "./link-address";

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

export type ApplyOptions = {
  /** Says whether an address still holds a finding nobody decided on; such a link is dropped. */
  undecidedIn?: (href: string) => boolean;
};

/**
 * Builds the published copy of a document on the server. Every run of consecutive redacted text
 * becomes one label node with the fixed text of its ground. A link keeps its address only when
 * the address, decoded in every way a reader could decode it, holds no removed text and no
 * undecided finding, and its own text is neither redacted nor invisible; otherwise the link is
 * dropped and its text kept.
 */
export function applyRedactions(doc: RichTextDoc, options: ApplyOptions = {}): AppliedRedactions {
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
        .filter((m) => KEPT_MARKS.has(m.type) && !(m.type === "link" && !visibleLink(node, m, taintedHrefs)))
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
  const needles = needlesFor(removed);
  const verdicts = new Map<string, boolean>();
  const unsafe = (href: string) => {
    let verdict = verdicts.get(href);
    if (verdict === undefined) {
      verdict = addressCarries(href, needles) || Boolean(options.undecidedIn?.(href));
      verdicts.set(href, verdict);
    }
    return verdict;
  };
  const published = { type: "doc" as const, content: content.map((n) => dropTaintedLinks(n, unsafe)) };
  return { doc: published, removed, grounds };
}

function cleanMark(mark: RichTextMark): RichTextMark {
  return mark.type === "link" ? { type: "link", attrs: { href: hrefOf(mark) } } : { type: mark.type };
}

function collectRedactedLinks(node: RichTextNode, into: Set<string>): void {
  if (node.type === "text" && groundOf(node)) {
    for (const mark of node.marks ?? []) if (mark.type === "link") into.add(hrefOf(mark));
  }
  for (const child of node.content ?? []) collectRedactedLinks(child, into);
}

/** Links whose text has no letter or digit would carry an address no reader (or officer) notices. */
export const hasVisibleText = (text: string | undefined) => /[\p{L}\p{N}]/u.test(text ?? "");

function visibleLink(node: RichTextNode, mark: RichTextMark, tainted: Set<string>): boolean {
  return !tainted.has(hrefOf(mark)) && hasVisibleText(node.text);
}

function dropTaintedLinks(node: RichTextNode, unsafe: (href: string) => boolean): RichTextNode {
  if (node.type === "text") {
    if (!node.marks?.some((m) => m.type === "link")) return node;
    const marks = node.marks.filter((m) => m.type !== "link" || !unsafe(hrefOf(m)));
    return marks.length ? { ...node, marks } : { type: "text", text: node.text ?? "" };
  }
  return node.content ? { ...node, content: node.content.map((c) => dropTaintedLinks(c, unsafe)) } : node;
}
