import { describe, expect, it } from "vitest";
import nl from "@/lib/i18n/messages/nl.json";
import { createTranslator } from "use-intl/core";
import { LOCALE, TIME_ZONE, hasMessage, t } from "@/lib/i18n";
import { formatMessage, translator } from "@/lib/i18n/format";

// The reference: use-intl itself, configured as lib/i18n configures it.
const useIntl = createTranslator({ locale: LOCALE, messages: nl, timeZone: TIME_ZONE }) as unknown as (
  key: string,
  values?: Record<string, string | number>,
) => string;

/** Every message of the Dutch file with its key, nested sections flattened. */
function messages(node: unknown, prefix = ""): Array<[string, string]> {
  if (typeof node === "string") return [[prefix, node]];
  if (node && typeof node === "object")
    return Object.entries(node).flatMap(([k, v]) => messages(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

/** The arguments a template names, and whether each is counted (plural or number) or plain text. */
function argumentsOf(template: string): Map<string, "count" | "text"> {
  const found = new Map<string, "count" | "text">();
  for (const m of template.matchAll(/\{\s*(\w+)\s*(?:,\s*(\w+))?/g)) {
    const counted = m[2] === "plural" || m[2] === "number";
    if (counted || !found.has(m[1]!)) found.set(m[1]!, counted ? "count" : (found.get(m[1]!) ?? "text"));
  }
  return found;
}

describe("the message formatter of the browser and the server", () => {
  // The formatter must say exactly what use-intl would, for every message: in the browser, and on the
  // server, where t() formats every message with values through it.
  it.each([0, 1, 2, 7, 1234])("formats every message of nl.json as use-intl does (counts %i)", (n) => {
    const differences = messages(nl).flatMap(([key, template]) => {
      const values = Object.fromEntries(
        [...argumentsOf(template)].map(([name, kind]) => [name, kind === "count" ? n : `«${name}»`]),
      );
      const expected = useIntl(key, values);
      const actual = { browser: formatMessage(template, values), server: t(key, values) };
      return actual.browser === expected && actual.server === expected ? [] : [{ key, expected, actual }];
    });
    expect(differences).toEqual([]);
  });

  it("leaves a missing key to use-intl on the server, which reports it", () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(t("geen.bericht", { n: 1 })).toBe(useIntl("geen.bericht", { n: 1 }));
    } finally {
      console.error = original;
    }
    expect(errors.length).toBeGreaterThan(0);
  });

  it("picks an exact branch before the plural category, and formats # and numbers the Dutch way", () => {
    const template = "{n, plural, =0 {geen} one {# ding van {who}} other {# dingen}} (max {max, number})";
    expect(formatMessage(template, { n: 0, who: "A", max: 4000 })).toBe("geen (max 4.000)");
    expect(formatMessage(template, { n: 1, who: "A", max: 10 })).toBe("1 ding van A (max 10)");
    expect(formatMessage(template, { n: 6000, who: "A", max: 10 })).toBe("6.000 dingen (max 10)");
  });

  it("reports a key it was not given instead of failing, and shows the key", () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(translator({ "a.b": "Hallo {name}" })("a.b", { name: "Ria" })).toBe("Hallo Ria");
      expect(translator({})("a.missing")).toBe("a.missing");
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });

  it("knows exactly the keys that hold a message: not a section, not a key the file lacks", () => {
    const keys = messages(nl).map(([key]) => key);
    expect(keys.filter((key) => !hasMessage(key))).toEqual([]);
    const sections = [...new Set(keys.map((key) => key.slice(0, key.lastIndexOf("."))))].filter(Boolean);
    expect(sections.length).toBeGreaterThan(10);
    expect(sections.filter(hasMessage)).toEqual([]);
    for (const missing of ["", ".", "phase", "phase.", "phase.nope", "auditField.x.y", "__proto__", "constructor"])
      expect(hasMessage(missing)).toBe(false);
  });
});
