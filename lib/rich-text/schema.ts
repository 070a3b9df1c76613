import { z } from "zod";

/** Node and mark types the editor may produce (tiptap StarterKit without code blocks and images). */
const NODE_TYPES = [
  "doc", "paragraph", "text", "heading", "bulletList", "orderedList", "listItem",
  "blockquote", "hardBreak", "horizontalRule",
] as const;
const MARK_TYPES = ["bold", "italic", "underline", "strike", "link"] as const;

const MAX_NODES = 20_000;

export type RichTextMark = { type: (typeof MARK_TYPES)[number]; attrs?: Record<string, unknown> };
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

const markSchema: z.ZodType<RichTextMark> = z.union([
  z.object({ type: z.literal("link"), attrs: z.object({ href: safeHref }).loose() }),
  z.object({ type: z.enum(["bold", "italic", "underline", "strike"]), attrs: z.record(z.string(), z.unknown()).optional() }),
]);

const nodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.object({
    type: z.enum(NODE_TYPES),
    text: z.string().max(100_000).optional(),
    attrs: z.record(z.string(), z.unknown()).optional(),
    marks: z.array(markSchema).max(10).optional(),
    content: z.array(nodeSchema).max(5_000).optional(),
  }),
);

function countNodes(node: RichTextNode): number {
  return 1 + (node.content ?? []).reduce((sum, child) => sum + countNodes(child), 0);
}

export const richTextDocSchema = nodeSchema
  .refine((node): node is RichTextDoc => node.type === "doc", "Het document heeft een ongeldige opbouw.")
  .refine((node) => countNodes(node) <= MAX_NODES, "Het document is te groot.") as z.ZodType<RichTextDoc>;

/** Parse the editor's JSON as posted in a form field; returns null for an empty document. */
export function parseRichTextField(raw: string): z.ZodSafeParseResult<RichTextDoc> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return richTextDocSchema.safeParse(undefined);
  }
  return richTextDocSchema.safeParse(json);
}

export function plainTextOf(node: RichTextNode): string {
  if (node.type === "text") return node.text ?? "";
  const inner = (node.content ?? []).map(plainTextOf).join(node.type === "doc" ? "\n" : "");
  return inner;
}
