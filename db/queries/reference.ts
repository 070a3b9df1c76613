import { and, asc, eq, inArray } from "drizzle-orm";
import {
  councils,
  municipalities,
  products,
  providerProducts,
  providers,
  providerSubregions,
  regions,
  subregions,
  users,
} from "@/db/schema";
import type { Executor } from "@/db/connection";
import { cachedReference } from "@/lib/cache/reference";

export const listProviders = (db: Executor) =>
  db
    .select({ id: providers.id, name: providers.name, sizeClass: providers.sizeClass })
    .from(providers)
    .orderBy(asc(providers.name));

export const listCouncils = (db: Executor) =>
  db.select({ id: councils.id, name: councils.name, kind: councils.kind }).from(councils).orderBy(asc(councils.name));

// Products, municipalities, sub-regions and regions change rarely: kept in the process (lib/cache/reference).
export const listProducts = (db: Executor) =>
  cachedReference(db, "products", "", () =>
    db
      .select({ id: products.id, code: products.code, name: products.name, domain: products.domain })
      .from(products)
      .orderBy(asc(products.name)),
  );

export const listMunicipalities = (db: Executor) =>
  cachedReference(db, "municipalities", "", () =>
    db
      .select({
        id: municipalities.id,
        name: municipalities.name,
        subregionId: subregions.id,
        subregion: subregions.name,
      })
      .from(municipalities)
      .innerJoin(subregions, eq(subregions.id, municipalities.subregionId))
      .orderBy(asc(subregions.name), asc(municipalities.name)),
  );

export const listRegions = (db: Executor) =>
  cachedReference(db, "regions", "", () => db.select().from(regions).orderBy(asc(regions.name), asc(regions.id)));

/** Providers for an invitation list, narrowed by product, sub-region and size class. */
export async function listProvidersFiltered(
  db: Executor,
  filter: { productId?: string; subregionId?: string; sizeClass?: "large" | "medium" | "small" },
) {
  const conditions = [
    filter.sizeClass ? eq(providers.sizeClass, filter.sizeClass) : undefined,
    filter.productId
      ? inArray(
          providers.id,
          db
            .select({ id: providerProducts.providerId })
            .from(providerProducts)
            .where(eq(providerProducts.productId, filter.productId)),
        )
      : undefined,
    filter.subregionId
      ? inArray(
          providers.id,
          db
            .select({ id: providerSubregions.providerId })
            .from(providerSubregions)
            .where(eq(providerSubregions.subregionId, filter.subregionId)),
        )
      : undefined,
  ];
  return db
    .select({ id: providers.id, name: providers.name, sizeClass: providers.sizeClass })
    .from(providers)
    .where(and(...conditions))
    .orderBy(asc(providers.name));
}

export const listSubregions = (db: Executor) =>
  cachedReference(db, "subregions", "", () =>
    db.select({ id: subregions.id, name: subregions.name }).from(subregions).orderBy(asc(subregions.name)),
  );

/** Members of client councils and Wmo councils, who can be invited personally. */
export const listCouncilMembers = (db: Executor) =>
  db
    .select({ id: users.id, name: users.name, council: councils.name })
    .from(users)
    .innerJoin(councils, eq(councils.id, users.councilId))
    .where(eq(users.disabled, false))
    .orderBy(asc(users.name));

export async function getProviderName(db: Executor, id: string): Promise<string | undefined> {
  const [row] = await db.select({ name: providers.name }).from(providers).where(eq(providers.id, id));
  return row?.name;
}
