import type { Executor } from "@/db/connection";
import { listRegions } from "@/db/queries/reference";

type Env = Record<string, string | undefined>;

/** Who runs the portal, as the privacy and accessibility statements and the footer name them. */
export type Organisation = {
  name: string;
  email: string;
  phone: string | null;
  /** The data protection officer (functionaris gegevensbescherming); the general address without one. */
  privacyEmail: string;
};

/** The demo's operator address, used only when no contact is configured (the demo, a test run). */
const DEMO_CONTACT = "beheerder@inkoopdialoog.nl";

const setting = (env: Env, name: string) => env[name]?.trim() || null;

/** The address in SMTP_FROM ("Naam <adres>" or a bare address), or null. */
export function senderAddress(from: string | undefined): string | null {
  const value = from?.trim();
  if (!value) return null;
  const match = /<([^<>\s]+@[^<>\s]+)>/.exec(value) ?? /^([^<>\s]+@[^<>\s]+)$/.exec(value);
  return match?.[1] ?? null;
}

/**
 * The organisation from the settings (ORGANISATION_NAME, CONTACT_EMAIL, CONTACT_PHONE,
 * PRIVACY_EMAIL); without a name, the municipalities of the region in the database (the demo region).
 */
export function organisationFrom(env: Env, regionName: string | null): Organisation {
  const email = setting(env, "CONTACT_EMAIL") ?? senderAddress(env.SMTP_FROM) ?? DEMO_CONTACT;
  return {
    name: setting(env, "ORGANISATION_NAME") ?? (regionName ? `Gemeenten in de regio ${regionName}` : "Inkoopdialoog"),
    email,
    phone: setting(env, "CONTACT_PHONE"),
    privacyEmail: setting(env, "PRIVACY_EMAIL") ?? email,
  };
}

/**
 * The organisation, from the region kept with the reference data (lib/cache/reference.ts): a renamed region
 * shows at once on every instance, through the change feed.
 */
export async function loadOrganisation(db: Executor, env: Env = process.env): Promise<Organisation> {
  const [region] = await listRegions(db);
  return organisationFrom(env, region?.name ?? null);
}
