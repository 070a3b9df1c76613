import { detectCompetition } from "./detectors/competition";
import { detectPrivacy } from "./detectors/privacy";
import { phraseRegExp, type OptionPatterns } from "./detectors/shared";
import type { DetectOptions, Finding } from "./finding";

/**
 * Suggests passages to redact in minutes: privacy-sensitive data and competition-sensitive figures.
 * Pure and fast (each pattern scans the text once), so that it runs in the editor as the officer
 * types and again on the server before publication. Suggestions are sorted and never overlap:
 * of two overlapping ones the wider wins, so "Kerkplein 3a, 1131 AB Volendam" is one address.
 */
export function detectSensitive(text: string, options: DetectOptions = {}): Finding[] {
  if (!text) return [];
  const patterns: OptionPatterns = {
    providers: phraseRegExp(options.providerNames ?? []),
    confidentialTerms: phraseRegExp(options.confidentialTerms ?? []),
  };
  const found: Finding[] = [];
  const emit = (finding: Finding) => {
    if (finding.end > finding.start) found.push(finding);
  };
  detectPrivacy(text, options, patterns, emit);
  detectCompetition(text, options, patterns, emit);

  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const finding of found) {
    const last = kept.at(-1);
    if (!last || finding.start >= last.end) kept.push(finding);
    // Sorted by start, so a later finding that overlaps is wider only when it reaches further.
    else if (finding.end - finding.start > last.end - last.start) kept[kept.length - 1] = finding;
  }
  return kept;
}
