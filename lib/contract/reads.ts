import type { Executor } from "@/db/connection";
import { listContractMeetings, reportGrid } from "@/db/queries/contract-meetings";
import {
  getContractDocumentOrThrow,
  getEscalationOrThrow,
  listAgreements,
  listContractDocuments,
  listContractScope,
  listContracts,
  listEscalationEvents,
  listEscalations,
  listKpis,
  listMeasurements,
  listSampleChecks,
} from "@/db/queries/contracts";
import {
  listDashboardAgreements,
  listDashboardLadders,
  listDashboardResults,
  listResultYears,
  type DashboardFilter,
} from "@/db/queries/execution-dashboard";
import { recordAudit } from "@/lib/audit/record";
import { speakingFor, type Actor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { can } from "@/lib/policy";

/** A contract as `contractForActor` returned it: what the reads of its parts are judged on. */
type VisibleContract = { id: string; providerId: string };

// Officers see every contract, a provider only its own; anyone else finds nothing.
function assertMayView(actor: Actor | null, contract: VisibleContract) {
  if (!can(actor, "contract.view", { providerId: contract.providerId })) throw new NotFoundError("contract");
}

/** The municipality's list of all contracts. */
export async function listContractsForOfficer(db: Executor, actor: Actor | null) {
  if (!can(actor, "contract.administer")) throw new ForbiddenError("contract.administer");
  return listContracts(db);
}

/** The contracts of the provider this person speaks for; none when they speak for no provider. */
export async function listOwnContracts(db: Executor, actor: Actor | null) {
  if (!can(actor, "contract.list_own")) throw new ForbiddenError("contract.list_own");
  const providerId = speakingFor(actor);
  return providerId ? listContracts(db, { providerId }) : [];
}

/** What both contract pages show: scope, KPIs with their results, escalations and documents. */
export async function loadContractDetailsFor(db: Executor, actor: Actor | null, contract: VisibleContract) {
  assertMayView(actor, contract);
  const [scope, kpis, measurements, escalations, documents] = await Promise.all([
    listContractScope(db, contract.id),
    listKpis(db, contract.id),
    listMeasurements(db, contract.id),
    listEscalations(db, contract.id),
    listContractDocuments(db, contract.id),
  ]);
  return { scope, kpis, measurements, escalations, documents };
}

export async function listAgreementsFor(db: Executor, actor: Actor | null, contract: VisibleContract) {
  assertMayView(actor, contract);
  return listAgreements(db, contract.id);
}

export async function listSampleChecksFor(db: Executor, actor: Actor | null, contract: VisibleContract) {
  assertMayView(actor, contract);
  return listSampleChecks(db, contract.id);
}

export async function listContractMeetingsFor(db: Executor, actor: Actor | null, contract: VisibleContract) {
  assertMayView(actor, contract);
  return listContractMeetings(db, contract.id);
}

/** The provider's yearly report on the contract, as a grid to fill in. */
export async function reportGridFor(db: Executor, actor: Actor | null, contract: VisibleContract) {
  assertMayView(actor, contract);
  return reportGrid(db, contract.id);
}

/** One escalation of this contract with its events; one of another contract is not found. */
export async function loadEscalationFor(
  db: Executor,
  actor: Actor | null,
  contract: VisibleContract,
  escalationId: string,
) {
  assertMayView(actor, contract);
  const escalation = await getEscalationOrThrow(db, contract.id, escalationId);
  return { escalation, events: await listEscalationEvents(db, escalation.id) };
}

/**
 * A contract document for download: the municipality and the contract's own provider only. For
 * anyone else it is not found, and the refusal is audited.
 */
export async function loadContractDocumentFor(db: Executor, actor: Actor | null, id: string, origin: string) {
  const doc = await getContractDocumentOrThrow(db, id);
  if (!can(actor, "contract.download", { providerId: doc.providerId })) {
    await recordAudit(
      { db, actor, origin },
      { action: "contract.download", objectType: "contract_document", objectId: doc.id, result: "denied" },
    );
    throw new NotFoundError("document");
  }
  return doc;
}

/** Measurement years with results, newest first, for the dashboard's year filter. */
export async function listDashboardYears(db: Executor, actor: Actor | null) {
  if (!can(actor, "execution.dashboard")) throw new ForbiddenError("execution.dashboard");
  return listResultYears(db);
}

/** The execution dashboard across all contracts: results (of the year and all years), agreements and ladders. */
export async function loadDashboardFor(db: Executor, actor: Actor | null, filter: DashboardFilter & { year: number }) {
  if (!can(actor, "execution.dashboard")) throw new ForbiddenError("execution.dashboard");
  const [results, history, agreements, ladders] = await Promise.all([
    listDashboardResults(db, filter),
    listDashboardResults(db, { ...filter, year: undefined }),
    listDashboardAgreements(db, filter),
    listDashboardLadders(db, filter),
  ]);
  return { results, history, agreements, ladders };
}

// Components take these shapes as props; they may not import db/ themselves.
export type { AgreementRow, ContractRow } from "@/db/queries/contracts";
export type { DashboardResult } from "@/db/queries/execution-dashboard";
export type { ClientCount, Escalation, Kpi, KpiMeasurement } from "@/db/schema";
