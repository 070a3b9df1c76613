import type { DetectOptions } from "../finding";
import { findContact } from "./contact";
import { findHealth } from "./health";
import { NameFinder } from "./names";
import { findNumbers } from "./numbers";
import { lowerBound, Sentences, type Emit, type OptionPatterns } from "./shared";
import { tokenize } from "./tokens";

const NUMBER_EXPLANATION = {
  bsn: "Lijkt op een BSN (voldoet aan de elfproef) en staat niet bij een zaak- of dossiernummer.",
  iban: "Lijkt op een rekeningnummer (IBAN met kloppend controlegetal).",
  phone: "Lijkt op een telefoonnummer.",
} as const;
const NAME_EXPLANATION = {
  title: "Naam met aanspreekvorm, en geen deelnemer of functionaris van de bijeenkomst.",
  full: "Voornaam en achternaam, en geen deelnemer of functionaris van de bijeenkomst.",
  initials: "Voorletters en achternaam, en geen deelnemer of functionaris van de bijeenkomst.",
  context: "Voornaam van iemand over wie het verslag gaat (leeftijd, familie of wat hij of zij doet).",
} as const;

const TRAILING_PARTICLES = /(?:[ \u00a0]+(?:van|de|der|den|ter|ten|het))+[ \u00a0]*$/iu;
const normaliseName = (name: string) =>
  name
    .toLowerCase()
    .replace(/^(?:de heer|mevrouw|meneer|mevr\.?|mw\.?|dhr\.?|hr\.?|de familie|familie|het gezin|gezin)\s+/u, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Whether a name belongs to a participant or official: their full name, their surname ("De Vries" for
 * "Anna de Vries"), their first name alone ("Anna"), possibly followed by more words.
 */
function knownMatcher(people: readonly string[]): (name: string) => boolean {
  const known = people.map(normaliseName).filter(Boolean);
  if (known.length === 0) return () => false;
  const firsts = new Set(known.map((k) => k.split(" ")[0]!));
  return (raw) => {
    const words = normaliseName(raw).split(" ");
    if (words.length === 1 && firsts.has(words[0]!)) return true;
    for (let n = 1; n <= words.length; n++) {
      const candidate = words.slice(0, n).join(" ");
      if (known.some((k) => k === candidate || k.endsWith(` ${candidate}`))) return true;
    }
    return false;
  };
}

/** "example.nl" is the organisation's when it is one of its domains or a subdomain of one. */
function domainMatcher(domains: readonly string[]): (domain: string) => boolean {
  const list = domains.map((d) => d.trim().toLowerCase().replace(/^@/, "")).filter(Boolean);
  return (domain) => {
    const d = domain.toLowerCase();
    return list.some((own) => d === own || d.endsWith(`.${own}`));
  };
}

/** "lieke.verhoeven@…" belongs to participant Lieke Verhoeven: her work address is no client's. */
function mailboxMatcher(people: readonly string[]): (local: string) => boolean {
  const surnames = people
    .map((p) =>
      normaliseName(p)
        .split(" ")
        .slice(1)
        .join("")
        .replace(/[^\p{L}]/gu, ""),
    )
    .filter((s) => s.length >= 3);
  if (surnames.length === 0) return () => false;
  return (local) => {
    const letters = local.toLowerCase().replace(/[^\p{L}]/gu, "");
    return surnames.some((s) => letters.includes(s));
  };
}

export function detectPrivacy(text: string, options: DetectOptions, patterns: OptionPatterns, emit: Emit): void {
  for (const span of findNumbers(text))
    emit({ ...span, ground: "privacy", explanation: NUMBER_EXPLANATION[span.kind] });
  const people = [...(options.participants ?? []), ...(options.officials ?? [])];
  for (const span of findContact(text, domainMatcher(options.municipalDomains ?? []), mailboxMatcher(people)))
    emit({ start: span.start, end: span.end, kind: span.kind, ground: "privacy", explanation: span.explanation });

  const tokens = tokenize(text);
  const isKnown = knownMatcher(people);
  const names = new NameFinder(text, tokens, isKnown, patterns.providers).find();
  const nameStarts: number[] = [];
  for (const span of names) {
    let end = span.end;
    // "Jansen van Zorggroep Zaanstreek" is Jansen of a provider: the provider's name is no part of hers.
    if (patterns.providers) {
      patterns.providers.lastIndex = 0;
      // The provider's name may run on past the span ("Jansen van Thuiszorg" + " Oost").
      const slice = text.slice(span.start, end + 80);
      const at = slice.search(patterns.providers);
      if (at === 0) continue;
      if (at > 0 && span.start + at < end)
        end = span.start + slice.slice(0, at).replace(TRAILING_PARTICLES, "").trimEnd().length;
    }
    nameStarts.push(span.start);
    emit({ start: span.start, end, kind: "person-name", ground: "privacy", explanation: NAME_EXPLANATION[span.how] });
  }

  const sentences = new Sentences(text);
  const personAt = (from: number, to: number) => {
    const i = lowerBound(nameStarts, from);
    return i < nameStarts.length && nameStarts[i]! < to;
  };
  for (const span of findHealth(text, tokens, sentences, personAt))
    emit({
      start: span.start,
      end: span.end,
      kind: "health",
      ground: "privacy",
      explanation: `Gezondheid of zorgsituatie ('${span.term}') van iemand die in deze of de vorige zin genoemd wordt.`,
    });
}
