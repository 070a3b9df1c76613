import { z } from "zod";
import { REDACTION_GROUNDS, type RedactionGround } from "@/lib/redaction/grounds";

/** Node and mark types the editor may produce (tiptap StarterKit without code blocks and images). */
const NODE_TYPES = [
  "doc",
  "paragraph",
  "text",
  "heading",
  "bulletList",
  "orderedList",
  "listItem",
  "blockquote",
  "hardBreak",
  "horizontalRule",
] as const;
export const MARK_TYPES = ["bold", "italic", "underline", "strike", "link", "redaction", "redactionLabel"] as const;

const MAX_NODES = 20_000;

export type RichTextMark = { type: (typeof MARK_TYPES)[number]; attrs?: Record<string, unknown> };
export type RedactionAttrs = { ground: RedactionGround; reason?: string | null };
export type RichTextNode = {
  type: (typeof NODE_TYPES)[number];
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: RichTextMark[];
  content?: RichTextNode[];
};
export type RichTextDoc = RichTextNode & { type: "doc" };

const safeHref = z
  .string()
  .max(2000)
  .refine((href) => /^(https?:|mailto:)/i.test(href), "Alleen links naar http(s)- of e-mailadressen zijn toegestaan.");

const basicMarks = [
  z.object({ type: z.literal("link"), attrs: z.object({ href: safeHref }).loose() }),
  z.object({
    type: z.enum(["bold", "italic", "underline", "strike"]),
    attrs: z.record(z.string(), z.unknown()).optional(),
  }),
] as const;

/** Minutes carry redaction marks: always with a ground, and with a reason when the ground is "other". */
const redactionMark = z.object({
  type: z.literal("redaction"),
  attrs: z
    .object({
      ground: z
        .string("Kies een grond voor elke weggelakte passage.")
        .refine(
          (g) => (REDACTION_GROUNDS as readonly string[]).includes(g),
          "Kies een grond voor elke weggelakte passage.",
        ),
      reason: z.string().trim().max(200, "Houd de reden kort (maximaal 200 tekens).").nullish(),
    })
    .refine((a) => a.ground !== "other" || (a.reason ?? "").length >= 3, "Geef bij de grond 'overig' een korte reden."),
});

function nodeSchemaWith(markSchema: z.ZodType<RichTextMark>): z.ZodType<RichTextNode> {
  const node: z.ZodType<RichTextNode> = z.lazy(() =>
    z.object({
      type: z.enum(NODE_TYPES),
      text: z.string().max(100_000).optional(),
      attrs: z.record(z.string(), z.unknown()).optional(),
      marks: z.array(markSchema).max(10).optional(),
      content: z.array(node).max(5_000).optional(),
    }),
  );
  return node;
}

function countNodes(node: RichTextNode): number {
  return 1 + (node.content ?? []).reduce((sum, child) => sum + countNodes(child), 0);
}

function docSchema(node: z.ZodType<RichTextNode>) {
  return node
    .refine((n): n is RichTextDoc => n.type === "doc", "Het document heeft een ongeldige opbouw.")
    .refine((n) => countNodes(n) <= MAX_NODES, "Het document is te groot.") as z.ZodType<RichTextDoc>;
}

export const richTextDocSchema = docSchema(nodeSchemaWith(z.union(basicMarks)));
// Discriminated by type, so that a faulty redaction mark reports its own message, not "no union matched".
export const minutesDocSchema = docSchema(nodeSchemaWith(z.discriminatedUnion("type", [...basicMarks, redactionMark])));

/** Parse the editor's JSON as posted in a form field; returns null for an empty document. */
export function parseRichTextField(
  raw: string,
  schema: z.ZodType<RichTextDoc> = richTextDocSchema,
): z.ZodSafeParseResult<RichTextDoc> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return schema.safeParse(undefined);
  }
  return schema.safeParse(json);
}

export function plainTextOf(node: RichTextNode): string {
  if (node.type === "text") return node.text ?? "";
  const inner = (node.content ?? []).map(plainTextOf).join(node.type === "doc" ? "\n" : "");
  return inner;
}
