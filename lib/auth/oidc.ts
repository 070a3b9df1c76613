/**
 * An OpenID Connect provider from environment variables, so a municipality can connect its
 * own identity provider or an eHerkenning/DigiD broker without code changes.
 */
export type OidcSettings = {
  id: "oidc";
  name: string;
  type: "oidc";
  issuer: string;
  clientId: string;
  clientSecret: string;
};

export function oidcSettingsFromEnv(env: Record<string, string | undefined> = process.env): OidcSettings | null {
  const issuer = env.AUTH_OIDC_ISSUER;
  const clientId = env.AUTH_OIDC_CLIENT_ID;
  const clientSecret = env.AUTH_OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    id: "oidc",
    type: "oidc",
    name: env.AUTH_OIDC_NAME ?? "Inloggen via uw organisatie",
    issuer,
    clientId,
    clientSecret,
  };
}

/**
 * When a sign-in through the provider counts as two factors: only when its `amr` (RFC 8176 method
 * references) or `acr` (assurance class) claim says so. `AUTH_OIDC_MFA=never` ignores both claims,
 * so the portal's own code is always asked for.
 */
export type OidcFactorSettings = { mode: "claims" | "never"; amr: string[]; acr: string[] };

const list = (value: string | undefined, fallback: string[]) =>
  value === undefined
    ? fallback
    : value
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean);

export function oidcFactorSettingsFromEnv(env: Record<string, string | undefined> = process.env): OidcFactorSettings {
  return {
    mode: env.AUTH_OIDC_MFA === "never" ? "never" : "claims",
    amr: list(env.AUTH_OIDC_MFA_AMR, ["mfa", "otp", "hwk", "sc", "swk"]),
    acr: list(env.AUTH_OIDC_MFA_ACR, []),
  };
}

export function oidcAssertsSecondFactor(
  profile: { amr?: unknown; acr?: unknown } | null | undefined,
  settings: OidcFactorSettings,
): boolean {
  if (settings.mode === "never" || !profile) return false;
  const amr = Array.isArray(profile.amr) ? profile.amr.filter((v): v is string => typeof v === "string") : [];
  if (amr.some((m) => settings.amr.includes(m))) return true;
  return typeof profile.acr === "string" && settings.acr.includes(profile.acr);
}
