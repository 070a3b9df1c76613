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
