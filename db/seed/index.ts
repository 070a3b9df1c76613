import { count } from "drizzle-orm";
import { invalidateReference } from "@/lib/cache/reference";
import {
  auditLog,
  councils,
  municipalities,
  phaseGuidance,
  products,
  providerProducts,
  providers,
  providerSubregions,
  regions,
  subregions,
  users,
  userTotp,
} from "@/db/schema";
import { hashPassword } from "@/lib/auth/passwords";
import type { Database, Executor } from "@/db/connection";
import { DEFAULT_GUIDANCE } from "@/lib/guidance/default-guidance";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts";
import { kvkNumbers, PROVIDERS } from "./providers";
import { COUNCILS, PRODUCTS, REGION, SUBREGIONS } from "./region";
import { insertTableDemo } from "./overlegtafels";
import { insertTrajectories, lookup, SEED_ACTOR } from "./trajectories";
import { insertPublicFigures } from "./public-figures";
import { insertContracts } from "./contracts";
import { insertDialogueHistory } from "./dialogue-history";

export type SeedSummary = { providers: number; users: number; trajectories: number };

/** The demo is only loaded into a database nobody has used yet: no users means untouched. */
export async function isDatabaseEmpty(db: Executor): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

const idsBy = <K extends string>(rows: Array<{ id: string } & Record<K, string>>, key: K) =>
  new Map(rows.map((r) => [r[key], r.id]));

/**
 * Loads the demo for region Zaanstreek-Waterland: sub-regions, products, fictional providers,
 * councils, one account per kind of user, the default phase guidance and trajectories in every
 * phase. One transaction, so a failure leaves the database as empty as it was.
 */
export async function seedDemo(db: Database): Promise<SeedSummary> {
  // Hashing is slow on purpose; do it once, outside the transaction, for the shared demo password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const summary = await db.transaction(async (tx) => {
    const [region] = await tx.insert(regions).values({ name: REGION }).returning();
    if (!region) throw new Error("region insert returned nothing");
    const subregionIds = idsBy(
      await tx
        .insert(subregions)
        .values(SUBREGIONS.map((s) => ({ name: s.name, regionId: region.id })))
        .returning(),
      "name",
    );
    const municipalityRows = await tx
      .insert(municipalities)
      .values(
        SUBREGIONS.flatMap((s) =>
          s.municipalities.map((name) => ({ name, subregionId: lookup(subregionIds, s.name) })),
        ),
      )
      .returning();
    const productIds = idsBy(
      await tx
        .insert(products)
        .values(PRODUCTS.map((p) => ({ ...p })))
        .returning(),
      "code",
    );

    const kvk = kvkNumbers(PROVIDERS.length);
    const providerRows = await tx
      .insert(providers)
      .values(PROVIDERS.map((p, i) => ({ name: p.name, city: p.city, sizeClass: p.size, kvkNumber: kvk[i] ?? "" })))
      .returning();
    const providerIds = idsBy(providerRows, "name");
    await tx
      .insert(providerProducts)
      .values(
        PROVIDERS.flatMap((p) =>
          p.products.map((code) => ({ providerId: lookup(providerIds, p.name), productId: lookup(productIds, code) })),
        ),
      );
    await tx.insert(providerSubregions).values(
      PROVIDERS.flatMap((p) =>
        p.subregions.map((i) => ({
          providerId: lookup(providerIds, p.name),
          subregionId: lookup(subregionIds, SUBREGIONS[i].name),
        })),
      ),
    );
    const councilIds = idsBy(
      await tx
        .insert(councils)
        .values(COUNCILS.map((c) => ({ ...c, regionId: region.id })))
        .returning(),
      "name",
    );

    const userRows = await tx
      .insert(users)
      .values(
        DEMO_ACCOUNTS.map((a) => ({
          email: a.email,
          name: a.name,
          role: a.role,
          jobTitle: a.jobTitle ?? null,
          passwordHash,
          providerId: a.provider ? lookup(providerIds, a.provider) : null,
          membershipStatus: a.membershipStatus ?? null,
          councilId: a.council ? lookup(councilIds, a.council) : null,
          emailVerifiedAt: new Date(),
        })),
      )
      .returning();
    const userIdByEmail = idsBy(userRows, "email");
    await tx
      .insert(userTotp)
      .values(
        DEMO_ACCOUNTS.flatMap((a) =>
          a.totpSecret
            ? [{ userId: lookup(userIdByEmail, a.email), secret: a.totpSecret, confirmedAt: new Date() }]
            : [],
        ),
      );

    await tx.insert(phaseGuidance).values(DEFAULT_GUIDANCE.map((g, position) => ({ ...g, position })));

    const trajectoryCount = await insertTrajectories(tx, {
      productIds,
      municipalityIds: idsBy(municipalityRows, "name"),
      userIds: idsBy(userRows, "email"),
    });
    await insertPublicFigures(tx, idsBy(userRows, "email"));

    await insertTableDemo(tx, {
      providerIds,
      productIds,
      regionId: region.id,
      officerId: lookup(idsBy(userRows, "email"), "inkoper@zaanstad.nl"),
    });
    await insertContracts(tx, { productIds });
    await insertDialogueHistory(tx);

    const summary: SeedSummary = {
      providers: providerRows.length,
      users: userRows.length,
      trajectories: trajectoryCount,
    };
    await tx
      .insert(auditLog)
      .values({ ...SEED_ACTOR, action: "seed.demo", objectType: "database", objectId: REGION, details: summary });
    return summary;
  });
  // A seed in this process replaces the reference data any page may have cached.
  invalidateReference("regions", "subregions", "municipalities", "products", "guidance");
  return summary;
}
