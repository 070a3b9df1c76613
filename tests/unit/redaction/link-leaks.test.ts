import { decodeHTML } from "entities";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyRedactions } from "@/lib/redaction/apply";
import { findLeaks } from "@/lib/redaction/leak-check";
import { reviewFindings } from "@/lib/redaction/review";
import { renderPublishedMinutes } from "@/lib/rich-text/render";
import type { RichTextDoc, RichTextMark, RichTextNode } from "@/lib/rich-text/schema";

// Secrets are written in letters plain text never uses, so a secret in an address is always a leak.
const secretWord = fc
  .array(fc.constantFrom(..."qrstuvwxyzQRSTUVWXYZ".split("")), { minLength: 4, maxLength: 8 })
  .map((c) => c.join(""));
const secret = fc.array(secretWord, { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
const plainText = fc.array(fc.constantFrom(..."abcdefghijklmnop 0123456789,.".split("")), {
  minLength: 1,
  maxLength: 16,
});

const percentAll = (s: string) =>
  [...new TextEncoder().encode(s)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
/** The spellings of the Why: as typed, `+`, percent (once, twice, every byte), entities, case, run together. */
const SPELLINGS: ((s: string) => string)[] = [
  (s) => `https://hebe.nl/?n=${s}`,
  (s) => `https://hebe.nl/?n=${s.replace(/ /g, "+")}`,
  (s) => `https://hebe.nl/?n=${encodeURIComponent(s)}`,
  (s) => `https://hebe.nl/?n=${encodeURIComponent(encodeURIComponent(s))}`,
  (s) => `https://hebe.nl/?n=${encodeURIComponent(encodeURIComponent(s.replace(/ /g, "+")))}`,
  (s) => `https://hebe.nl/?n=${percentAll(s)}`,
  (s) => `https://hebe.nl/?n=${[...s].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join("")}`,
  (s) => `https://hebe.nl/${s.toUpperCase().replace(/ /g, "-")}`,
  (s) => `mailto:${s.toLowerCase().replace(/ /g, "")}@hebe.nl`,
  (s) => `mailto:info@hebe.nl?subject=${encodeURIComponent(`Over ${s}`)}`,
];
const spelling = fc.integer({ min: 0, max: SPELLINGS.length - 1 });
const styles = fc.subarray<RichTextMark>([{ type: "bold" }, { type: "italic" }, { type: "underline" }]);
const redaction: RichTextMark = { type: "redaction", attrs: { ground: "5.1.2e" } };

type Piece = { kind: "plain"; text: string } | { kind: "secret"; index: number } | { kind: "link"; index: number };
const piece = fc.oneof(
  plainText.map((c): Piece => ({ kind: "plain", text: c.join("") })),
  fc.nat(2).map((index): Piece => ({ kind: "secret", index })),
  fc.nat(2).map((index): Piece => ({ kind: "link", index })),
);
const paragraphPlan = fc.array(fc.record({ piece, marks: styles, spelling }), { minLength: 1, maxLength: 6 });
const plan = fc.record({
  secrets: fc.array(secret, { minLength: 1, maxLength: 3 }),
  paragraphs: fc.array(paragraphPlan, { minLength: 1, maxLength: 4 }),
  nesting: fc.array(fc.constantFrom("plain", "quote", "list"), { minLength: 1, maxLength: 4 }),
});

type Plan = typeof plan extends fc.Arbitrary<infer T> ? T : never;

function buildDoc({ secrets, paragraphs, nesting }: Plan): RichTextDoc {
  const pick = (i: number) => secrets[i % secrets.length]!;
  // Every secret is removed at least once; the rest of the document may repeat it only in addresses.
  const first = {
    type: "paragraph" as const,
    content: secrets.map((s) => ({ type: "text" as const, text: `${s} `, marks: [redaction] })),
  };
  const blocks: RichTextNode[] = paragraphs.map((items, n) => {
    const paragraph: RichTextNode = {
      type: "paragraph",
      content: items.map(({ piece: p, marks, spelling: sp }): RichTextNode => {
        if (p.kind === "plain") return { type: "text", text: p.text, marks };
        if (p.kind === "secret") return { type: "text", text: pick(p.index), marks: [...marks, redaction] };
        const link: RichTextMark = { type: "link", attrs: { href: SPELLINGS[sp]!(pick(p.index)) } };
        return { type: "text", text: "zie hier", marks: [...marks, link] };
      }),
    };
    const wrap = nesting[n % nesting.length];
    if (wrap === "quote") return { type: "blockquote", content: [paragraph] };
    if (wrap === "list") return { type: "bulletList", content: [{ type: "listItem", content: [paragraph] }] };
    return paragraph;
  });
  return { type: "doc", content: [first, ...blocks] };
}

/** An independent reading of an address: decode until stable, `+` as space, entities, any case. */
function decodeIndependently(href: string): string {
  let current = href;
  for (let i = 0; i < 10; i++) {
    let next = decodeHTML(current).replace(/\+/g, " ");
    try {
      next = decodeURIComponent(next);
    } catch {
      /* keep what decoded so far */
    }
    if (next === current) break;
    current = next;
  }
  return current.toLowerCase();
}

function hrefsOf(node: RichTextNode): string[] {
  const own = (node.marks ?? []).filter((m) => m.type === "link").map((m) => String(m.attrs?.href));
  return [...own, ...(node.content ?? []).flatMap(hrefsOf)];
}

describe("links in the published copy", () => {
  it("no decoded form of a removed span survives in any surface, whatever the spelling, marks and nesting", () => {
    fc.assert(
      fc.property(plan, (p) => {
        const doc = buildDoc(p);
        const { doc: published, removed } = applyRedactions(doc);
        const html = renderPublishedMinutes(published);
        const json = JSON.stringify(published);
        for (const href of hrefsOf(published)) {
          const read = decodeIndependently(href);
          for (const s of p.secrets) {
            expect(read).not.toContain(s.toLowerCase());
            for (const word of s.toLowerCase().split(" ")) expect(read.replace(/[^a-z]/g, "")).not.toContain(word);
          }
        }
        const leaks = findLeaks({
          removed,
          surfaces: [
            { name: "html", content: html },
            { name: "json", content: json },
          ],
          publishedText: "",
          options: {},
          dismissed: [],
        });
        expect(leaks).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("the leak check finds a removed text that an address still carries, in every spelling", () => {
    for (const spell of SPELLINGS) {
      const href = spell("Quirsty Vuxwort");
      const html = `<p>Zie <a href="${href.replace(/&/g, "&amp;")}">hier</a>.</p>`;
      const leaks = findLeaks({
        removed: ["Quirsty Vuxwort"],
        surfaces: [{ name: "html", content: html }],
        publishedText: "",
        options: {},
        dismissed: [],
      });
      expect(
        leaks.map((l) => l.surface),
        href,
      ).toContain("html");
    }
  });

  it("drops a link on invisible text, and one whose address holds a finding nobody decided on", () => {
    const doc: RichTextDoc = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Lees " },
            { type: "text", text: "\u200b ", marks: [{ type: "link", attrs: { href: "https://hebe.nl/verborgen" } }] },
            { type: "text", text: "het plan", marks: [{ type: "link", attrs: { href: "https://hebe.nl/plan" } }] },
          ],
        },
      ],
    };
    const kept = applyRedactions(doc, { undecidedIn: (href) => href.endsWith("/plan") });
    expect(hrefsOf(kept.doc)).toEqual([]);
    expect(JSON.stringify(kept.doc)).toContain("het plan");
  });

  it("the detector reads addresses: a finding in an address is open until decided, and names its link", () => {
    const doc: RichTextDoc = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Mail " },
            {
              type: "text",
              text: "de contactpersoon",
              marks: [{ type: "link", attrs: { href: "mailto:zorg@hebe.nl?subject=Tarief%20%E2%82%AC%2064%2C10" } }],
            },
          ],
        },
      ],
    };
    const findings = reviewFindings(doc, {}, []);
    const money = findings.find((f) => f.kind === "money");
    expect(money).toMatchObject({ status: "open", from: null, link: { from: 6, to: 23 } });
    expect(money?.text).toContain("64,10");
  });
});
