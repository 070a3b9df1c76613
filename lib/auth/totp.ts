import { Secret, TOTP } from "otpauth";

/** RFC 6238 with the parameters every authenticator app understands: SHA-1, six digits, 30 seconds. */
const PERIOD = 30;
const ISSUER = "Inkoopdialoog";

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

function totp(secret: string, label = "") {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD, secret });
}

/** The `otpauth://` address an authenticator app reads from the QR code. */
export const totpUri = (secret: string, email: string): string => totp(secret, email).toString();

export const totpStep = (now: Date): number => TOTP.counter({ period: PERIOD, timestamp: now.getTime() });

/** The code for a moment; used by the demo's documentation and tests, never shown by the portal. */
export const totpCode = (secret: string, now: Date): string => totp(secret).generate({ timestamp: now.getTime() });

/**
 * The 30-second step a code belongs to, accepting one step either side for clock drift, or null.
 * The caller refuses a step at or before the last one used, so a code works only once.
 */
export function matchTotpStep(secret: string, code: string, now: Date): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : totpStep(now) + delta;
}
