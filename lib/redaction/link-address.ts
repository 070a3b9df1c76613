import { decodeHTML } from "entities";
import { toUnicode } from "punycode/punycode.js";

/*
 * A link's address is read by people and by machines in more spellings than the one typed: a
 * browser shows "mevrouw+De+Boer" as "mevrouw De Boer", a mail client decodes "%E2%82%AC%2054" in a
 * subject line, an "xn--" host is shown in Unicode. Removed text must be caught in every one of
 * them, so the address is compared in all the forms a reader or a machine could decode it to.
 */

const MAX_ROUNDS = 8;

/** Replaces every well-formed run of %XX bytes; malformed runs stay as they are. */
function percentDecodeOnce(value: string): string {
  return value.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      // Not UTF-8: read the bytes one by one as Latin-1, as older servers do.
      return run.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
  });
}

const punycodeLabels = (value: string) =>
  value.replace(/xn--[a-z0-9-]+/gi, (label) => {
    try {
      return toUnicode(label.toLowerCase());
    } catch {
      return label;
    }
  });

/** Decodes HTML entities and percent-encoding, and `+` as a space when asked, until nothing changes. */
function decodeUntilStable(value: string, plusAsSpace: boolean): string {
  let current = value;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    // Nothing left that decodes: a long plain text costs one scan, not eight.
    if (!(plusAsSpace ? /[%&+]|xn--/i : /[%&]|xn--/i).test(current)) break;
    let next = decodeHTML(current);
    if (plusAsSpace) next = next.replace(/\+/g, " ");
    next = punycodeLabels(percentDecodeOnce(next));
    if (next === current) break;
    current = next;
  }
  return current;
}

/** The address as an officer should read it: fully decoded, `+` as a space, in its own case. */
export function readableAddress(href: string): string {
  return decodeUntilStable(href, true).replace(/\s+/g, " ").trim();
}

/** Hyphens and dashes of every kind, and the minus sign: one hyphen for comparison. */
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

/**
 * Folds case, compatibility forms (full-width letters, ligatures), accents (so composed and
 * decomposed spellings, NFC and NFD, compare equal) and dashes, collapses white space, and closes
 * the gap after a hyphen, dash or slash where a PDF wraps a line ("Hoekstra-⏎Bakir"). A hyphen
 * between letters is dropped too, since a layout may wrap "Oosterhout" as "Ooster-⏎hout". So
 * "Çelik", "ÇELIK", "C\u0327elik" and "celik" compare equal, and so do "Hoekstra-Bakir",
 * "Hoekstra‐ Bakir" and "Hoekstrabakir"; both sides of every comparison are folded alike.
 */
export function foldForMatch(value: string): string {
  // Only the non-ASCII runs need Unicode normalisation; normalising a whole page is slow. A combining
  // mark after an ASCII letter (NFD) is such a run of its own, and is dropped like a composed accent.
  return value
    .replace(/[^\x00-\x7f]+/g, (run) =>
      run
        .normalize("NFKD")
        .replace(/\p{M}+/gu, "")
        .replace(DASHES, "-")
        .replace(/\u00ad/g, "")
        // Dotless ı (Yılmaz) is written "YILMAZ" in capitals, and read back as "yilmaz".
        .replace(/\u0131/g, "i"),
    )
    .toLowerCase()
    .replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g, " ")
    .replace(/([-/]) /g, "$1")
    .replace(/(\p{L})-(?=\p{L})/gu, "$1");
}

/** Letters and digits only: how a name or a figure looks in an e-mail local part or a slug. */
export const squash = (value: string) => foldForMatch(value).replace(/[^\p{L}\p{N}]+/gu, "");

/** Every decoded form of a text (an address, or a whole surface), folded for comparison. */
export function decodedForms(value: string): string[] {
  const forms = new Set<string>([value, decodeUntilStable(value, false), decodeUntilStable(value, true)]);
  return [...new Set([...forms].map(foldForMatch))];
}

// Words that say what kind of passage it is rather than whose: they appear in ordinary addresses.
const GENERIC_WORDS = new Set([
  "mevrouw",
  "meneer",
  "mevr",
  "heer",
  "familie",
  "dhr",
  "mw",
  "de",
  "van",
  "der",
  "den",
  "het",
  "een",
  "per",
  "uur",
  "euro",
  "eur",
  "procent",
  "cliënt",
  "client",
  "moeder",
  "vader",
]);

export type Needles = {
  /** Folded removed texts, compared as typed (with spaces). */
  phrases: string[];
  /** Squashed removed texts and their significant words, compared against squashed addresses. */
  squashed: string[];
};

/** What to search for, once per publication: every removed text and the words that identify it. */
export function needlesFor(removed: readonly string[]): Needles {
  const phrases = new Set<string>();
  const squashed = new Set<string>();
  for (const text of removed) {
    const folded = foldForMatch(text).trim();
    if (folded.length >= 3) phrases.add(folded);
    const whole = squash(text);
    if (whole.length >= 3) squashed.add(whole);
    for (const word of folded.split(" ")) {
      const core = squash(word);
      if (GENERIC_WORDS.has(core)) continue;
      // A surname of four letters or a figure of three digits identifies; shorter pieces occur everywhere.
      if (/\d/.test(core) ? core.replace(/\D/g, "").length >= 3 : core.length >= 4) squashed.add(core);
    }
  }
  return { phrases: [...phrases], squashed: [...squashed] };
}

/**
 * Whether an address carries removed text in any spelling a reader or a machine could decode it
 * to: as typed, percent-encoded (repeatedly), with `+` for spaces, as HTML entities, in punycode,
 * in any case, or run together as in an e-mail local part ("deboer@").
 */
export function addressCarries(href: string, needles: Needles): boolean {
  const forms = decodedForms(href);
  if (needles.phrases.some((phrase) => forms.some((form) => form.includes(phrase)))) return true;
  const squashedForms = forms.map(squash);
  return needles.squashed.some((needle) => squashedForms.some((form) => form.includes(needle)));
}

/** Addresses written in a text: link targets in HTML or JSON, and bare addresses. */
export function addressesIn(content: string): string[] {
  const decoded = decodeHTML(content);
  return [...decoded.matchAll(/(?:https?|mailto):[^\s"'<>\\]+/gi)].map((m) => m[0]);
}

/** A link mark's address; anything that is not a string counts as no address. */
export const hrefOf = (mark: { attrs?: Record<string, unknown> }): string =>
  typeof mark.attrs?.href === "string" ? mark.attrs.href : "";
