import { createHash, randomInt } from "node:crypto";

/** Letters and digits that cannot be mistaken for each other when read from paper. */
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const RECOVERY_CODE_COUNT = 10;

/**
 * Sixteen characters from a 31-letter alphabet (79 bits): guessing is hopeless and a plain SHA-256
 * suffices to store them, unlike a password that a person chose.
 */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return chars.match(/.{4}/g)!.join("-");
  });
}

/** Spaces, dashes and case do not matter when a code is typed in. */
export const normaliseRecoveryCode = (code: string): string => code.toLowerCase().replace(/[^a-z0-9]/g, "");

export const hashRecoveryCode = (code: string): string =>
  createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");

/** What a recovery code looks like once normalised; anything else is a TOTP code or a typo. */
export const looksLikeRecoveryCode = (code: string): boolean => normaliseRecoveryCode(code).length === 16;
