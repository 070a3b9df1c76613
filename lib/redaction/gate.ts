import type { RichTextDoc } from "@/lib/rich-text/schema";
import { applyRedactions } from "./apply";
import type { DetectOptions } from "./finding";
import { findLeaks, type Leak, type Surface } from "./leak-check";
import { reviewFindings, type ReviewedFinding } from "./review";
import { indexText } from "./text-index";

/**
 * The publication gate: the one way an officer-written text leaves the municipality (minutes and
 * their change notes, the attendee-check copy, consultation feedback, meeting texts). It runs the
 * same pipeline for each: detector → the officer's decisions → applyRedactions → leak check on
 * every surface in every decoded form → the copy the caller stores immutably. It refuses while a
 * suggestion is undecided and when anything removed or sensitive is still found.
 */
export type GateInput = {
  /** The working copy, with the officer's redaction marks. */
  document: RichTextDoc;
  /** Suggestions the officer decided not to redact ("kind:text" keys). */
  dismissed: readonly string[];
  options: DetectOptions;
  /** Plain texts published beside the document (a change note, a title): checked, never redacted. */
  notes?: readonly { name: string; text: string }[];
};

export type GateCopy = {
  body: RichTextDoc;
  /** Plain text of the published copy, for search (addresses not included). */
  text: string;
  removedCount: number;
  grounds: Record<string, number>;
};

export type GateRefusal =
  | { reason: "too_large"; length: number; max: number }
  | { reason: "open_findings"; open: ReviewedFinding[] }
  | { reason: "leak_check"; leaks: Leak[] };

/**
 * The most plain text the gate checks in one go. The detector stays fast far beyond this (see the
 * benchmark), but a text this long is no longer one meeting's minutes, and a check that cannot
 * finish in time must refuse rather than let anything through unchecked.
 */
export const MAX_GATE_TEXT = 1_000_000;

/** How long the text of a document is for the gate, or null when it is within bounds. */
export function oversize(document: RichTextDoc): { length: number; max: number } | null {
  const length = indexText(document, { addresses: true }).text.length;
  return length > MAX_GATE_TEXT ? { length, max: MAX_GATE_TEXT } : null;
}

export type GateResult<S> = ({ ok: true; copy: GateCopy } & S) | { ok: false; refusal: GateRefusal };

/**
 * Passes a text through the gate. `render` builds the caller's surfaces (HTML, JSON, PDF text…)
 * from the redacted copy; they are all read back before anything may be stored.
 */
export async function passGate<S extends { surfaces: Surface[] }>(
  input: GateInput,
  render: (body: RichTextDoc) => Promise<S> | S,
): Promise<GateResult<S>> {
  const tooLarge = oversize(input.document);
  if (tooLarge) return { ok: false, refusal: { reason: "too_large", ...tooLarge } };
  // Undecided suggestions, in the text or in a link's address, refuse the whole copy.
  const open = reviewFindings(input.document, input.options, input.dismissed).filter((f) => f.status === "open");
  if (open.length) return { ok: false, refusal: { reason: "open_findings", open } };
  const { doc: body, removed, grounds } = applyRedactions(input.document);
  const rendered = await render(body);
  const notes = input.notes ?? [];
  const leaks = findLeaks({
    removed,
    surfaces: [...rendered.surfaces, ...notes.map((n) => ({ name: n.name, content: n.text }))],
    publishedText: indexText(body, { addresses: true }).text,
    options: input.options,
    dismissed: input.dismissed,
  });
  // A note is checked by the detector on its own: it is published next to the text, not in it.
  for (const note of notes)
    for (const leak of findLeaks({
      removed: [],
      surfaces: [],
      publishedText: note.text,
      options: input.options,
      dismissed: input.dismissed,
    }))
      leaks.push({ ...leak, surface: note.name });
  if (leaks.length) return { ok: false, refusal: { reason: "leak_check", leaks } };
  const copy = { body, text: indexText(body).text, removedCount: removed.length, grounds };
  return { ok: true, copy, ...rendered };
}

/** Checks a plain text on its own (a meeting title or agenda): nothing sensitive may be found. */
export function checkPlainText(text: string, options: DetectOptions, dismissed: readonly string[]): Leak[] {
  return findLeaks({ removed: [], surfaces: [], publishedText: text, options, dismissed });
}
