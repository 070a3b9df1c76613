/**
 * A small ICU message formatter for the browser: the subset nl.json uses (`{name}`, `{n, number}` and
 * `{n, plural, =0 {…} one {…} other {…}}` with `#`), so client components need neither use-intl nor the
 * message file. It formats exactly as use-intl does on the server (tests/unit/i18n/format.test.ts).
 */
export type TextValue = string | number;
export type TextValues = Record<string, TextValue>;
/** Message templates by their full key, e.g. { "confirm.cancel": "Annuleren" }. */
export type Texts = Readonly<Record<string, string>>;
export type Translate<K extends string = string> = (key: K, values?: TextValues) => string;

const LOCALE = "nl-NL";
const numberFormat = new Intl.NumberFormat(LOCALE);
const pluralRules = new Intl.PluralRules(LOCALE);

/** Formats one template; `#` inside a plural branch is that plural's number. */
export function formatMessage(template: string, values: TextValues = {}): string {
  return render(template, values, null);
}

function render(template: string, values: TextValues, pound: number | null): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const ch = template[i]!;
    if (ch === "#" && pound !== null) {
      out += numberFormat.format(pound);
      i++;
    } else if (ch === "{") {
      const end = matchingBrace(template, i);
      out += argument(template.slice(i + 1, end), values);
      i = end + 1;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function argument(body: string, values: TextValues): string {
  const [name = "", kind, ...rest] = splitTopLevel(body);
  const value = values[name];
  if (kind === undefined) return value === undefined ? `{${name}}` : String(value);
  if (kind === "number") return numberFormat.format(Number(value));
  if (kind === "plural") return plural(rest.join(","), Number(value), values);
  throw new Error(`unsupported message argument: {${body}}`);
}

function plural(options: string, n: number, values: TextValues): string {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < options.length) {
    const open = options.indexOf("{", i);
    if (open < 0) break;
    const end = matchingBrace(options, open);
    branches.set(options.slice(i, open).trim(), options.slice(open + 1, end));
    i = end + 1;
  }
  const chosen = branches.get(`=${n}`) ?? branches.get(pluralRules.select(n)) ?? branches.get("other") ?? "";
  return render(chosen, values, n);
}

/** The comma-separated parts of an argument, up to its first nested brace (the plural's branches). */
function splitTopLevel(body: string): string[] {
  const brace = body.indexOf("{");
  const head = brace < 0 ? body : body.slice(0, brace);
  const parts = head.split(",").map((p) => p.trim());
  if (brace >= 0) parts[parts.length - 1] = `${parts[parts.length - 1]} ${body.slice(brace)}`;
  return parts;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  throw new Error(`unbalanced braces in message: ${text}`);
}

/**
 * A translator over picked texts. A key that was not picked is a programming error: it is reported and
 * the key is shown, as use-intl does for a missing message, rather than breaking the page.
 */
export function translator<K extends string>(texts: Texts): Translate<K> {
  return (key, values) => {
    const template = texts[key];
    if (template === undefined) {
      console.error(`text "${key}" was not given to this client component`);
      return key;
    }
    return formatMessage(template, values);
  };
}
