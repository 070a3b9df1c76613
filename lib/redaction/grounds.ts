/**
 * Grounds for redaction, as the codes Dutch government publications print on redacted passages
 * (Woo art. 5.1), so that readers recognise them.
 */
export const REDACTION_GROUNDS = ["5.1.2e", "5.1.1e", "5.1.1d", "5.1.2f", "5.1.1c", "other"] as const;
export type RedactionGround = (typeof REDACTION_GROUNDS)[number];

/**
 * The fixed text that replaces a redacted passage in every published copy. It names the ground and
 * nothing else: not the removed text, not its length.
 */
export const REDACTION_LABELS: Record<RedactionGround, string> = {
  "5.1.2e": "[weggelakt — persoonsgegevens, 5.1.2e]",
  "5.1.1e": "[weggelakt — identificatienummer, 5.1.1e]",
  "5.1.1d": "[weggelakt — bijzondere persoonsgegevens, 5.1.1d]",
  "5.1.2f": "[weggelakt — concurrentiegevoelig, 5.1.2f]",
  "5.1.1c": "[weggelakt — vertrouwelijke bedrijfsgegevens, 5.1.1c]",
  other: "[weggelakt — overige reden]",
};

export const isRedactionGround = (value: unknown): value is RedactionGround =>
  typeof value === "string" && (REDACTION_GROUNDS as readonly string[]).includes(value);

/** Message key of a ground's name; message keys cannot contain dots. */
export const groundMessageKey = (ground: RedactionGround) => `minutes.ground_${ground.replaceAll(".", "_")}`;
