import { municipalities, products, providers, regions, subregions, users } from "@/db/schema";
import { createTrajectory } from "@/lib/trajectory/writes";
import type { Database } from "@/db/connection";
import type { Actor } from "@/lib/auth/actor";
import { PHASES } from "@/lib/trajectory/constants";
import type { TrajectoryInput } from "@/lib/trajectory/validation";

/** The smallest world a trajectory needs: a region, a municipality, a product and an officer. */
export async function minimalWorld(db: Database, suffix = "") {
  const [region] = await db
    .insert(regions)
    .values({ name: `Regio${suffix}` })
    .returning();
  const [sub] = await db
    .insert(subregions)
    .values({ name: `Subregio${suffix}`, regionId: region!.id })
    .returning();
  const [municipality] = await db
    .insert(municipalities)
    .values({ name: `Gemeente${suffix}`, subregionId: sub!.id })
    .returning();
  const [product] = await db
    .insert(products)
    .values({ code: `P${suffix}`, name: `Begeleiding${suffix}`, domain: "wmo" })
    .returning();
  const [officer] = await db
    .insert(users)
    .values({ email: `inkoper${suffix}@example.nl`, name: "Inkoper", role: "officer" })
    .returning();
  const actor: Actor = {
    id: officer!.id,
    name: officer!.name,
    email: officer!.email,
    role: "officer",
    providerId: null,
    membershipStatus: null,
    councilId: null,
  };
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

export const sampleDoc = {
  type: "doc" as const,
  content: [
    { type: "paragraph" as const, content: [{ type: "text" as const, text: "Wij horen graag uw ervaringen." }] },
  ],
};

/** A public trajectory, two providers with one approved member each, and a closed written consultation input. */
export async function providerWorld(db: Database, suffix: string) {
  const base = await minimalWorld(db, suffix);
  const ctx = { db, actor: base.actor, origin: "test" };
  const { id: trajectoryId } = await createTrajectory(ctx, base.input);
  const [a, b] = await db
    .insert(providers)
    .values([
      { name: `Aanbieder A${suffix}`, kvkNumber: `1${suffix}`, city: "Zaandam", sizeClass: "large" },
      { name: `Aanbieder B${suffix}`, kvkNumber: `2${suffix}`, city: "Purmerend", sizeClass: "small" },
    ])
    .returning();
  const [memberA] = await db
    .insert(users)
    .values({
      email: `a${suffix}@example.nl`,
      name: "Medewerker A",
      role: "provider_member",
      providerId: a!.id,
      membershipStatus: "approved",
    })
    .returning();
  const memberB = (
    await db
      .insert(users)
      .values({
        email: `b${suffix}@example.nl`,
        name: "Medewerker B",
        role: "provider_member",
        providerId: b!.id,
        membershipStatus: "approved",
      })
      .returning()
  )[0]!;
  const asActor = (u: typeof memberB): Actor => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    providerId: u.providerId,
    membershipStatus: u.membershipStatus,
    councilId: null,
  });
  const now = Date.now();
  const input = {
    trajectoryId,
    phase: "analysis" as const,
    title: "Consultatie begeleiding",
    introduction: sampleDoc,
    openness: "closed" as const,
    form: "written" as const,
    interaction: "interactive" as const,
    audience: "providers" as const,
    opensAt: new Date(now - 3600_000),
    closesAt: new Date(now + 7 * 86400_000),
    questions: [{ kind: "open" as const, prompt: "Wat is nodig?", helpText: "", required: true, options: [] }],
  };
  return { ctx, a: a!, b: b!, memberA: asActor(memberA!), memberB: asActor(memberB), input };
}
