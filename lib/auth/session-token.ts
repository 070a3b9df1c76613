import { getToken } from "next-auth/jwt";

const SECURE_PREFIX = "__Secure-";

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
  // Only the cookie: a bearer token in an Authorization header is not a way into this portal.
  const headers = new Headers({ cookie: cookieHeader });
  // The `__Secure-` name is only ever set over HTTPS, and its name is part of the key, so it must match.
  const secureCookie = cookieHeader.includes(`${SECURE_PREFIX}authjs.session-token`);
  const token = await getToken({ req: { headers }, secret, secureCookie });
  return typeof token?.sid === "string" ? token.sid : null;
}

/** The secret(s) Auth.js signs its tokens with, read the same way for writing and for reading. */
export const authSecret = (env: Record<string, string | undefined> = process.env): string | undefined =>
  env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
