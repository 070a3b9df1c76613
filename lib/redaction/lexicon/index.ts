import commonWords from "./common-words.json";
import domainWords from "./domain-words.json";
import firstNames from "./first-names.json";
import health from "./health.json";
import surnames from "./surnames.json";

/**
 * The detector's word lists (sources and licences in ./README.md), as sets built once at module load.
 * All entries are lower case except health abbreviations, which are matched in capitals only.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(firstNames);

/** Whole surnames, with tussenvoegsels as written ("de vries"), and their last word alone ("vries"). */
export const SURNAMES: ReadonlySet<string> = new Set(surnames);
export const SURNAME_WORDS: ReadonlySet<string> = new Set(surnames.map((s) => s.slice(s.lastIndexOf(" ") + 1)));

const RANK = new Map<string, number>(commonWords.map((word, i) => [word, i]));
/**
 * How frequent a word is in ordinary Dutch (0 is the most frequent), or Infinity for a rare word.
 * The list comes from spoken Dutch, so it also holds names; a low rank means "also an ordinary word".
 */
export const wordRank = (lower: string): number => RANK.get(lower) ?? Infinity;

/** Capitalised words of the social domain that are no names: places, organisations, laws, months. */
export const DOMAIN_WORDS: ReadonlySet<string> = new Set(domainWords);

export const HEALTH_WORDS: ReadonlySet<string> = new Set(health.words);
export const HEALTH_ABBREVIATIONS: ReadonlySet<string> = new Set(health.abbreviations);
export const HEALTH_COMPOUND_ENDS: readonly string[] = health.compoundEnds;
export const HEALTH_PHRASES: readonly string[] = health.phrases;
