import escapeHtml from "escape-html";

/**
 * A piece of HTML built by `html`, in which every interpolated value was escaped. Long server-rendered lists
 * (table rows, the options of a long select) are written as one piece of markup instead of one React element
 * per cell: each element costs React's server components render, their payload and the HTML render on every
 * request, and a 50-row table of seven cells cost more than the rest of its page (docs/PERFORMANCE.md).
 */
export class Markup {
  constructor(readonly html: string) {}
}

/** What `html` accepts between its strings: text and numbers are escaped, markup is kept, lists are joined. */
export type MarkupValue = string | number | Markup | null | undefined | false | readonly MarkupValue[];

function render(value: MarkupValue): string {
  if (typeof value === "string") return escapeHtml(value);
  if (typeof value === "number") return escapeHtml(String(value));
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Markup) return value.html;
  return value.map(render).join("");
}

/**
 * A tagged template for markup: html`<td title="${title}">${text}</td>`. Every value is escaped for text and
 * for a double-quoted attribute alike (& < > " '), so a value can never open a tag or leave its attribute.
 * Attributes are always written in double quotes; names of tags and attributes are never interpolated.
 */
export function html(strings: TemplateStringsArray, ...values: readonly MarkupValue[]): Markup {
  const parts = layoutFree(strings);
  let out = parts[0] ?? "";
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (parts[i + 1] ?? "");
  return new Markup(out);
}

const withoutLayout = new WeakMap<TemplateStringsArray, readonly string[]>();

/**
 * The template's own text without the line breaks and indentation that lay it out in the source, as JSX
 * drops them: at a tag they go, between words they become one space. Values are never touched. A 50-row table
 * written on several lines per row otherwise carries a fifth of its bytes in indentation, twice (HTML and the
 * server components payload). Worked out once per template: the strings of a tagged template are one object.
 */
function layoutFree(strings: TemplateStringsArray): readonly string[] {
  let parts = withoutLayout.get(strings);
  if (!parts) {
    parts = strings.map((s) =>
      s
        .replace(/>[ \t]*\r?\n\s*/g, ">")
        .replace(/\s*\r?\n\s*</g, "<")
        .replace(/[ \t]*\r?\n\s*/g, " "),
    );
    withoutLayout.set(strings, parts);
  }
  return parts;
}

/** The prop React takes for markup it should not parse itself: only ever markup built by `html`. */
export function innerHtml(markup: Markup): { __html: string } {
  return { __html: markup.html };
}
