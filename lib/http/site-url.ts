type Env = Record<string, string | undefined>;

/** Auth.js allows `AUTH_URL` to point at its own routes; the site is what comes before them. */
const AUTH_ROUTES = /\/api\/auth\/?$/;

/**
 * The public address of the portal as configured (`SITE_URL`, else `AUTH_URL`), without a trailing slash,
 * or null when neither is set. A value that is not an http(s) address is an error, never a guess.
 */
export function configuredSiteUrl(env: Env = process.env): string | null {
  const name = env.SITE_URL ? "SITE_URL" : env.AUTH_URL ? "AUTH_URL" : null;
  if (!name) return null;
  const raw = (env[name] ?? "").trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} is geen geldig adres: "${raw}"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`${name} moet met http:// of https:// beginnen: "${raw}"`);
  }
  const path = (name === "AUTH_URL" ? url.pathname.replace(AUTH_ROUTES, "") : url.pathname).replace(/\/+$/, "");
  return `${url.origin}${path}`;
}

/**
 * The base of every absolute link the portal hands out (e-mails, PDFs, notifications). It comes from the
 * configuration only: a request's `Host` or `X-Forwarded-Host` is chosen by whoever sends it. Outside
 * production a missing setting falls back to this machine; in production it is refused.
 */
export function siteUrl(env: Env = process.env): string {
  const configured = configuredSiteUrl(env);
  if (configured) return configured;
  if (env.NODE_ENV === "production") {
    throw new Error("SITE_URL (of AUTH_URL) ontbreekt: zonder het adres van het portaal kloppen de links niet.");
  }
  return `http://localhost:${env.PORT ?? "3000"}`;
}

/** An absolute link to a path of the portal. */
export function absoluteUrl(path: string, env: Env = process.env): string {
  return `${siteUrl(env)}${path.startsWith("/") ? path : `/${path}`}`;
}
