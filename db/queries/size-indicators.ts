import { and, asc, desc, eq, inArray, lte } from "drizzle-orm";
import {
  products,
  providerProducts,
  providers,
  providerSizeIndicators,
  providerSubregions,
  sizeThresholds,
  subregions,
} from "@/db/schema";
import type { Executor } from "@/db/connection";
import {
  classifySize,
  DEFAULT_SIZE_THRESHOLDS,
  type Classification,
  type SizeThresholds,
} from "@/lib/overlegtafel/size-class";

export async function thresholdsFor(db: Executor, regionId: string): Promise<SizeThresholds> {
  const [row] = await db
    .select({ thresholds: sizeThresholds.thresholds })
    .from(sizeThresholds)
    .where(eq(sizeThresholds.regionId, regionId));
  return row?.thresholds ?? DEFAULT_SIZE_THRESHOLDS;
}

/** Each provider's class for a year: from its latest confirmed figures up to that year, or the officer's decision. */
export async function classificationsFor(
  db: Executor,
  providerIds: string[],
  year: number,
  thresholds: SizeThresholds,
) {
  const result = new Map<string, { sizeClass: Classification; indicatorYear: number | null; decided: boolean }>();
  for (const id of providerIds) result.set(id, { sizeClass: "unclassified", indicatorYear: null, decided: false });
  if (providerIds.length === 0) return result;
  const rows = await db
    .select()
    .from(providerSizeIndicators)
    .where(
      and(
        inArray(providerSizeIndicators.providerId, providerIds),
        eq(providerSizeIndicators.status, "confirmed"),
        lte(providerSizeIndicators.year, year),
      ),
    )
    .orderBy(desc(providerSizeIndicators.year));
  const done = new Set<string>();
  for (const row of rows) {
    if (done.has(row.providerId)) continue;
    done.add(row.providerId);
    const sizeClass = row.decidedClass ?? classifySize(row, thresholds);
    result.set(row.providerId, { sizeClass, indicatorYear: row.year, decided: row.decidedClass !== null });
  }
  return result;
}

/** Size figures of every provider for one year, for the officer's overview. */
export async function listIndicators(db: Executor, year: number) {
  const rows = await db
    .select({
      providerId: providers.id,
      providerName: providers.name,
      kvkNumber: providers.kvkNumber,
      indicator: providerSizeIndicators,
    })
    .from(providers)
    .leftJoin(
      providerSizeIndicators,
      and(eq(providerSizeIndicators.providerId, providers.id), eq(providerSizeIndicators.year, year)),
    )
    .orderBy(asc(providers.name));
  return rows;
}

export const ownIndicators = (db: Executor, providerId: string) =>
  db
    .select()
    .from(providerSizeIndicators)
    .where(eq(providerSizeIndicators.providerId, providerId))
    .orderBy(desc(providerSizeIndicators.year));

/** What a provider is contracted for and where: this decides for which tables it is relevant. */
export async function contractOf(db: Executor, providerId: string) {
  const [productRows, subregionRows] = await Promise.all([
    db
      .select({ id: products.id, name: products.name })
      .from(providerProducts)
      .innerJoin(products, eq(products.id, providerProducts.productId))
      .where(eq(providerProducts.providerId, providerId))
      .orderBy(asc(products.name)),
    db
      .select({ id: subregions.id, name: subregions.name })
      .from(providerSubregions)
      .innerJoin(subregions, eq(subregions.id, providerSubregions.subregionId))
      .where(eq(providerSubregions.providerId, providerId))
      .orderBy(asc(subregions.name)),
  ]);
  return {
    products: productRows.map((r) => r.name),
    subregions: subregionRows.map((r) => r.name),
    productIds: productRows.map((r) => r.id),
    subregionIds: subregionRows.map((r) => r.id),
  };
}
