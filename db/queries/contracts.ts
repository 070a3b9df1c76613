import { and, asc, desc, eq, inArray } from "drizzle-orm";
import {
  agreementDeliveries,
  contractDocuments,
  contractExtensions,
  contractProducts,
  contracts,
  contractSubregions,
  escalationEvents,
  escalations,
  interimReportRequests,
  kpiMeasurements,
  kpis,
  performanceAgreements,
  products,
  providers,
  sampleChecks,
  subregions,
  trajectories,
  users,
} from "@/db/schema";
import type { Executor } from "@/db/connection";
import { NotFoundError } from "@/lib/errors";
import { inIdList } from "./id-list";

/** Contracts with provider and trajectory, optionally of one provider only; newest start first. */
export async function listContracts(db: Executor, filter: { providerId?: string } = {}) {
  const rows = await db
    .select({ contract: contracts, providerName: providers.name, trajectoryTitle: trajectories.title })
    .from(contracts)
    .innerJoin(providers, eq(providers.id, contracts.providerId))
    .innerJoin(trajectories, eq(trajectories.id, contracts.trajectoryId))
    .where(filter.providerId ? eq(contracts.providerId, filter.providerId) : undefined)
    .orderBy(asc(providers.name), desc(contracts.startsOn));
  const ids = rows.map((r) => r.contract.id);
  const open = ids.length
    ? await db
        .select({ contractId: escalations.contractId, step: escalations.step })
        .from(escalations)
        .where(and(inIdList(escalations.contractId, ids), inArray(escalations.step, ["step1", "step2", "step3"])))
    : [];
  return rows.map((r) => ({
    ...r.contract,
    providerName: r.providerName,
    trajectoryTitle: r.trajectoryTitle,
    ladderStep: open.find((o) => o.contractId === r.contract.id)?.step ?? null,
  }));
}
export type ContractRow = Awaited<ReturnType<typeof listContracts>>[number];

export async function listContractScope(db: Executor, contractId: string) {
  const [productRows, subregionRows, extensions] = await Promise.all([
    db
      .select({ id: products.id, name: products.name, code: products.code })
      .from(contractProducts)
      .innerJoin(products, eq(products.id, contractProducts.productId))
      .where(eq(contractProducts.contractId, contractId))
      .orderBy(asc(products.name)),
    db
      .select({ id: subregions.id, name: subregions.name })
      .from(contractSubregions)
      .innerJoin(subregions, eq(subregions.id, contractSubregions.subregionId))
      .where(eq(contractSubregions.contractId, contractId))
      .orderBy(asc(subregions.name)),
    db
      .select()
      .from(contractExtensions)
      .where(eq(contractExtensions.contractId, contractId))
      .orderBy(asc(contractExtensions.decidedOn)),
  ]);
  return { products: productRows, subregions: subregionRows, extensions };
}

export const listKpis = (db: Executor, contractId: string) =>
  db.select().from(kpis).where(eq(kpis.contractId, contractId)).orderBy(asc(kpis.position));

/** Every result of a contract's KPIs, newest year first. */
export const listMeasurements = (db: Executor, contractId: string) =>
  db
    .select({ m: kpiMeasurements, kpiId: kpis.id, subregionName: subregions.name })
    .from(kpiMeasurements)
    .innerJoin(kpis, eq(kpis.id, kpiMeasurements.kpiId))
    .innerJoin(subregions, eq(subregions.id, kpiMeasurements.subregionId))
    .where(eq(kpis.contractId, contractId))
    .orderBy(desc(kpiMeasurements.year), asc(subregions.name), asc(kpis.position))
    .then((rows) => rows.map((r) => ({ ...r.m, subregionName: r.subregionName })));

export const listEscalations = (db: Executor, contractId: string) =>
  db.select().from(escalations).where(eq(escalations.contractId, contractId)).orderBy(desc(escalations.openedAt));

export async function getEscalationOrThrow(db: Executor, contractId: string, escalationId: string) {
  const [row] = await db
    .select()
    .from(escalations)
    .where(and(eq(escalations.id, escalationId), eq(escalations.contractId, contractId)));
  if (!row) throw new NotFoundError("escalation");
  return row;
}

export const listEscalationEvents = (db: Executor, escalationId: string) =>
  db
    .select({
      event: escalationEvents,
      actorName: users.name,
      documentTitle: contractDocuments.title,
      documentFile: contractDocuments.fileName,
    })
    .from(escalationEvents)
    .innerJoin(users, eq(users.id, escalationEvents.actorId))
    .leftJoin(contractDocuments, eq(contractDocuments.id, escalationEvents.documentId))
    .where(eq(escalationEvents.escalationId, escalationId))
    .orderBy(asc(escalationEvents.at));

/** Document metadata without the bytes. */
export const listContractDocuments = (db: Executor, contractId: string) =>
  db
    .select({
      id: contractDocuments.id,
      kind: contractDocuments.kind,
      title: contractDocuments.title,
      fileName: contractDocuments.fileName,
      sizeBytes: contractDocuments.sizeBytes,
      uploadedAt: contractDocuments.uploadedAt,
      escalationId: contractDocuments.escalationId,
      agreementId: contractDocuments.agreementId,
    })
    .from(contractDocuments)
    .where(eq(contractDocuments.contractId, contractId))
    .orderBy(desc(contractDocuments.uploadedAt));

/** A document with the provider it belongs to, so the route can ask the policy. */
export async function getContractDocumentOrThrow(db: Executor, id: string) {
  const [row] = await db
    .select({ doc: contractDocuments, providerId: contracts.providerId })
    .from(contractDocuments)
    .innerJoin(contracts, eq(contracts.id, contractDocuments.contractId))
    .where(eq(contractDocuments.id, id));
  if (!row) throw new NotFoundError("document");
  return { ...row.doc, providerId: row.providerId };
}

export async function listAgreements(db: Executor, contractId: string) {
  const rows = await db
    .select()
    .from(performanceAgreements)
    .where(eq(performanceAgreements.contractId, contractId))
    .orderBy(asc(performanceAgreements.position));
  const ids = rows.map((r) => r.id);
  const [deliveries, requests] = ids.length
    ? await Promise.all([
        db
          .select()
          .from(agreementDeliveries)
          .where(inIdList(agreementDeliveries.agreementId, ids))
          .orderBy(asc(agreementDeliveries.deliveredAt)),
        db
          .select()
          .from(interimReportRequests)
          .where(inIdList(interimReportRequests.agreementId, ids))
          .orderBy(desc(interimReportRequests.requestedAt)),
      ])
    : [[], []];
  return rows.map((r) => ({
    ...r,
    // The agreement's own deliveries, which set its next due date; interim reports are listed with their request.
    deliveries: deliveries.filter((d) => d.agreementId === r.id && d.interimRequestId === null),
    interimRequests: requests
      .filter((q) => q.agreementId === r.id)
      .map((q) => ({ ...q, delivery: deliveries.find((d) => d.interimRequestId === q.id) ?? null })),
  }));
}
export type AgreementRow = Awaited<ReturnType<typeof listAgreements>>[number];

export const listSampleChecks = (db: Executor, contractId: string) =>
  db.select().from(sampleChecks).where(eq(sampleChecks.contractId, contractId)).orderBy(desc(sampleChecks.checkedOn));
