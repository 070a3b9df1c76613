import { renderRichText } from "@/lib/rich-text/render";
import type { RichTextDoc } from "@/lib/rich-text/schema";

export function RichTextView({ doc }: { doc: RichTextDoc }) {
  return <div className="utrecht-rich-text" dangerouslySetInnerHTML={{ __html: renderRichText(doc) }} />;
}
