import { hash, verify, type Algorithm } from "@node-rs/argon2";
import bcrypt from "bcryptjs";

/**
 * Argon2id with the OWASP Password Storage Cheat Sheet's first configuration: 19 MiB of memory,
 * two passes, one lane. Changing these makes `needsRehash` true for older hashes.
 */
export const ARGON2_PARAMS = {
  // Algorithm.Argon2id; the enum is a `const enum`, which isolated modules cannot read.
  algorithm: 2 as Algorithm,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Argon2 itself takes far longer inputs; this bound keeps one request from burning the CPU. */
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_MIN_LENGTH = 12;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2_PARAMS);

const PARAM_MARKER = `$m=${ARGON2_PARAMS.memoryCost},t=${ARGON2_PARAMS.timeCost},p=${ARGON2_PARAMS.parallelism}$`;

/** bcrypt hashes from before Argon2id, and Argon2 hashes with other parameters, are replaced at sign-in. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith("$argon2id$") || !stored.includes(PARAM_MARKER);
}

/** Verifies against either format; anything unrecognised simply does not match. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  if (password.length > PASSWORD_MAX_LENGTH) return false;
  if (stored.startsWith("$argon2")) {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  }
  if (/^\$2[aby]\$/.test(stored)) {
    // bcrypt silently ignores everything past 72 bytes; such a password can never have been set here.
    if (Buffer.byteLength(password, "utf8") > 72) return false;
    return bcrypt.compare(password, stored);
  }
  return false;
}

let dummy: Promise<string> | undefined;

/** A hash of nothing anyone knows, checked for unknown accounts so they take as long as known ones. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(`no-such-account-${Math.random()}`);
  return dummy;
}
