import { detectCompetition } from "./detectors/competition";
import { detectPrivacy } from "./detectors/privacy";
import type { DetectOptions, Finding } from "./finding";

/**
 * Suggests passages to redact in minutes: privacy-sensitive data and competition-sensitive figures.
 * Pure and fast (one pass per pattern), so that it runs in the editor as the officer types and on
 * the server before publication. Suggestions never overlap: the wider one wins.
 */
export function detectSensitive(text: string, options: DetectOptions = {}): Finding[] {
  const found: Finding[] = [];
  const emit = (finding: Finding) => {
    if (finding.end > finding.start) found.push(finding);
  };
  detectPrivacy(text, options, emit);
  detectCompetition(text, options, emit);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const finding of found) {
    const last = kept.at(-1);
    if (!last || finding.start >= last.end) kept.push(finding);
    else if (finding.end - finding.start > last.end - last.start) kept[kept.length - 1] = finding;
  }
  return kept;
}
