import { municipalities, products, regions, subregions, users } from "@/db/schema";
import type { Database } from "@/db/connection";
import type { Actor } from "@/lib/auth/actor";
import { PHASES } from "@/lib/trajectory/constants";
import type { TrajectoryInput } from "@/lib/trajectory/validation";

/** The smallest world a trajectory needs: a region, a municipality, a product and an officer. */
export async function minimalWorld(db: Database, suffix = "") {
  const [region] = await db.insert(regions).values({ name: `Regio${suffix}` }).returning();
  const [sub] = await db.insert(subregions).values({ name: `Subregio${suffix}`, regionId: region!.id }).returning();
  const [municipality] = await db.insert(municipalities).values({ name: `Gemeente${suffix}`, subregionId: sub!.id }).returning();
  const [product] = await db.insert(products).values({ code: `P${suffix}`, name: `Begeleiding${suffix}`, domain: "wmo" }).returning();
  const [officer] = await db.insert(users).values({ email: `inkoper${suffix}@example.nl`, name: "Inkoper", role: "officer" }).returning();
  const actor: Actor = { id: officer!.id, name: officer!.name, email: officer!.email, role: "officer", providerId: null, membershipStatus: null, councilId: null };
  const input: TrajectoryInput = {
    title: "Inkoop begeleiding",
    summary: "Begeleiding voor inwoners die zelfstandig willen wonen.",
    domain: "wmo",
    procedureType: "sas",
    legalStage: "preparation",
    visibility: "public",
    estimatedValue: 1_000_000,
    productIds: [product!.id],
    municipalityIds: [municipality!.id],
    responsibilities: [{ task: "Procesregie", responsible: "Team inkoop" }],
    plan: PHASES.map((phase, i) => ({ phase, plannedStart: `2027-0${i + 1}-01`, plannedEnd: `2027-0${i + 1}-28` })),
  };
  return { actor, input, product: product!, municipality: municipality! };
}
