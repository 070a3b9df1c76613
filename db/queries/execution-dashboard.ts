import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import {
  agreementDeliveries,
  contractProducts,
  contracts,
  contractSubregions,
  escalations,
  kpiMeasurements,
  kpis,
  performanceAgreements,
  providers,
  subregions,
} from "@/db/schema";
import type { Executor } from "@/db/connection";
import { inIdList } from "./id-list";

export type DashboardFilter = { productId?: string; subregionId?: string; year?: number };

/** Contracts covering the product and the sub-region chosen (both optional). */
function contractScope(filter: DashboardFilter): SQL | undefined {
  return and(
    filter.productId
      ? inArray(
          contracts.id,
          sql`(select ${contractProducts.contractId} from ${contractProducts} where ${contractProducts.productId} =
            ${filter.productId})`,
        )
      : undefined,
    filter.subregionId
      ? inArray(
          contracts.id,
          sql`(select ${contractSubregions.contractId} from ${contractSubregions} where
            ${contractSubregions.subregionId} = ${filter.subregionId})`,
        )
      : undefined,
  );
}

export const listResultYears = (db: Executor) =>
  db
    .selectDistinct({ year: kpiMeasurements.year })
    .from(kpiMeasurements)
    .orderBy(desc(kpiMeasurements.year))
    .then((rows) => rows.map((r) => r.year));

const resultColumns = {
  id: kpiMeasurements.id,
  year: kpiMeasurements.year,
  providerName: providers.name,
  contractId: contracts.id,
  reference: contracts.reference,
  subregionName: subregions.name,
  kpiName: kpis.name,
  code: kpis.code,
  unit: kpis.unit,
  norm: kpis.norm,
  goodFrom: kpis.goodFrom,
  value: kpiMeasurements.value,
  clientsInCare: kpiMeasurements.clientsInCare,
};

/** KPI results against their norms, per provider and sub-region: of one year, or of every year for the trend. */
export function listDashboardResults(db: Executor, filter: DashboardFilter) {
  return db
    .select(resultColumns)
    .from(kpiMeasurements)
    .innerJoin(kpis, eq(kpis.id, kpiMeasurements.kpiId))
    .innerJoin(contracts, eq(contracts.id, kpis.contractId))
    .innerJoin(providers, eq(providers.id, contracts.providerId))
    .innerJoin(subregions, eq(subregions.id, kpiMeasurements.subregionId))
    .where(
      and(
        filter.year === undefined ? undefined : eq(kpiMeasurements.year, filter.year),
        filter.subregionId ? eq(kpiMeasurements.subregionId, filter.subregionId) : undefined,
        contractScope(filter),
      ),
    )
    .orderBy(asc(kpis.position), asc(providers.name), asc(subregions.name), asc(kpiMeasurements.year));
}
export type DashboardResult = Awaited<ReturnType<typeof listDashboardResults>>[number];

/** Agreements with their deliveries, for the overdue list. */
export async function listDashboardAgreements(db: Executor, filter: DashboardFilter) {
  const rows = await db
    .select({
      agreement: performanceAgreements,
      providerName: providers.name,
      reference: contracts.reference,
      contractId: contracts.id,
    })
    .from(performanceAgreements)
    .innerJoin(contracts, eq(contracts.id, performanceAgreements.contractId))
    .innerJoin(providers, eq(providers.id, contracts.providerId))
    .where(contractScope(filter));
  const ids = rows.map((r) => r.agreement.id);
  const counts = ids.length
    ? await db
        .select({ agreementId: agreementDeliveries.agreementId, n: sql<number>`count(*)::int` })
        .from(agreementDeliveries)
        // Interim reports answer a request and do not move the agreement's own rhythm.
        .where(and(inIdList(agreementDeliveries.agreementId, ids), isNull(agreementDeliveries.interimRequestId)))
        .groupBy(agreementDeliveries.agreementId)
    : [];
  return rows.map((r) => ({
    ...r.agreement,
    providerName: r.providerName,
    reference: r.reference,
    contractId: r.contractId,
    delivered: counts.find((c) => c.agreementId === r.agreement.id)?.n ?? 0,
  }));
}

/** Providers on the escalation ladder (steps 1–3), with deadlines and measures. */
export const listDashboardLadders = (db: Executor, filter: DashboardFilter) =>
  db
    .select({ escalation: escalations, providerName: providers.name, reference: contracts.reference })
    .from(escalations)
    .innerJoin(contracts, eq(contracts.id, escalations.contractId))
    .innerJoin(providers, eq(providers.id, contracts.providerId))
    .where(and(inArray(escalations.step, ["step1", "step2", "step3"]), contractScope(filter)))
    .orderBy(desc(escalations.step), asc(providers.name));
