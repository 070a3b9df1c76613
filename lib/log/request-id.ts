/** The header carrying a request's id from the reverse proxy or `proxy.ts` to the logs and back to the client. */
export const REQUEST_ID_HEADER = "x-request-id";

const ACCEPTABLE = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * The id for a request: the one the reverse proxy sent, so lines can be followed across both, when it
 * looks like an id; otherwise a new one. Anything else could be used to forge or flood log lines.
 */
export function requestIdFor(incoming: string | null, newId: () => string = () => crypto.randomUUID()): string {
  return incoming && ACCEPTABLE.test(incoming) ? incoming : newId();
}
