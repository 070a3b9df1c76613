/**
 * Auth.js keeps the session token in `authjs.session-token` (`__Secure-` on HTTPS), split into
 * `.0`, `.1`, … when it grows past one cookie.
 */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** Whether a request carries a session token at all; without one there is nobody to look up. */
export const hasSessionCookie = (cookieNames: Iterable<string>): boolean => {
  for (const name of cookieNames) if (SESSION_COOKIE.test(name)) return true;
  return false;
};
