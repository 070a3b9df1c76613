import { createHash } from "node:crypto";
import { getToken } from "next-auth/jwt";

const SECURE_PREFIX = "__Secure-";

/*
 * Decoding a token (deriving its key and decrypting it) costs about half a millisecond, on every request of
 * a signed-in page, and gives the same answer for the same cookie and secret until the token expires. So
 * the session ids of the most recent verified tokens are kept until their expiry. The session itself is
 * still checked against the database on every request (lib/auth/sessions.ts), so ending it takes effect at
 * once. The keys are hashes of secret and cookie header: the map holds neither.
 */
const DECODED_LIMIT = 5_000;
const decoded = new Map<string, { sid: string; until: number }>();

const decodedKey = (cookieHeader: string, secret: string | string[]) =>
  createHash("sha256")
    .update(JSON.stringify([secret, cookieHeader]))
    .digest("base64url");

/**
 * The server-side session id in a request's Auth.js token, or null when there is none or it does not
 * verify (wrong secret, tampered, expired). Reading the token through Auth.js's own `getToken` instead
 * of `auth()` skips building and answering a whole internal session request, about a fifth of a
 * simple signed-in page. Nothing is lost: called without a request, `auth()` discards the renewed
 * cookie it produces, and the session's lifetime is kept in the database anyway.
 */
export async function sessionIdFromCookieHeader(
  cookieHeader: string | null,
  secret: string | string[] | undefined,
): Promise<string | null> {
  if (!cookieHeader || !secret) return null;
  const key = decodedKey(cookieHeader, secret);
  const kept = decoded.get(key);
  if (kept && kept.until > Date.now()) return kept.sid;
  if (kept) decoded.delete(key);
  // Only the cookie: a bearer token in an Authorization header is not a way into this portal.
  const headers = new Headers({ cookie: cookieHeader });
  // The `__Secure-` name is only ever set over HTTPS, and its name is part of the key, so it must match.
  const secureCookie = cookieHeader.includes(`${SECURE_PREFIX}authjs.session-token`);
  const token = await getToken({ req: { headers }, secret, secureCookie });
  if (typeof token?.sid !== "string") return null;
  if (typeof token.exp === "number") {
    // Map keeps insertion order: the first key is the oldest.
    if (decoded.size >= DECODED_LIMIT) decoded.delete(decoded.keys().next().value!);
    decoded.set(key, { sid: token.sid, until: token.exp * 1000 });
  }
  return token.sid;
}

/** The secret(s) Auth.js signs its tokens with, read the same way for writing and for reading. */
export const authSecret = (env: Record<string, string | undefined> = process.env): string | undefined =>
  env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
