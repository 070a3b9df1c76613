/** Highlight markers from Unicode's private use area: the text is stripped of them first, so only ours remain. */
export const MARK_START = "\u{E000}";
export const MARK_END = "\u{E001}";

/** A piece of a snippet: plain text, or a word that matched the question. */
export type SnippetPart = { text: string; match: boolean };

/**
 * Splits a snippet with the database's highlight markers into parts. The page renders the parts as
 * text nodes (React escapes them), so nothing in a document can ever become markup: no HTML is built
 * from stored text at all.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length) {
    const start = rest.indexOf(MARK_START);
    if (start === -1) {
      parts.push({ text: rest.replaceAll(MARK_END, ""), match: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start).replaceAll(MARK_END, ""), match: false });
    const end = rest.indexOf(MARK_END, start + 1);
    const stop = end === -1 ? rest.length : end;
    const word = rest.slice(start + 1, stop);
    if (word) parts.push({ text: word, match: true });
    rest = end === -1 ? "" : rest.slice(end + 1);
  }
  return parts.filter((p) => p.text.length > 0);
}
