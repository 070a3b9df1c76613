import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The most common passwords, most frequent first (49,233 entries from the zxcvbn-ts common
 * dictionary, MIT licence, see data/common-passwords.LICENSE.txt). Loaded once, on first use.
 */
let list: Set<string> | undefined;

function commonPasswords(): Set<string> {
  list ??= new Set(
    readFileSync(path.join(process.cwd(), "lib/auth/data/common-passwords.txt"), "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
  );
  return list;
}

/**
 * True for a password on the list, also when only its case or the digits and symbols around it
 * differ ("Welkom123!" is "welkom" for an attacker's wordlist).
 */
export function isCommonPassword(password: string): boolean {
  const words = commonPasswords();
  const lower = password.trim().toLowerCase();
  if (words.has(lower)) return true;
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  return core.length >= 4 && core !== lower && words.has(core) && core.length >= lower.length / 2;
}

export const COMMON_PASSWORD_COUNT = (): number => commonPasswords().size;
