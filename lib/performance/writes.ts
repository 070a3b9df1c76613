import { and, eq, isNull } from "drizzle-orm";
import { agreementDeliveries, contracts, performanceAgreements, sampleChecks } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { can } from "@/lib/policy";
import { requireDocument, storeDocument } from "@/lib/contract/document-writes";
import { amsterdamDay } from "@/lib/time/amsterdam";
import { openLadderOf, openStep1 } from "@/lib/escalation/open";
import { nextDueDate, sampleCheckProposesEscalation, type Frequency } from "./due-dates";
import { deliverInterimReport } from "./interim-writes";
import { sampleShortfall } from "./sample-check";

type Ctx = WriteContext & { actor: Actor };

async function contractOf(tx: Executor, contractId: string) {
  const [contract] = await tx.select().from(contracts).where(eq(contracts.id, contractId));
  if (!contract) throw new NotFoundError("contract");
  return contract;
}

async function lockAgreement(tx: Executor, agreementId: string) {
  const [agreement] = await tx
    .select()
    .from(performanceAgreements)
    .where(eq(performanceAgreements.id, agreementId))
    .for("update");
  if (!agreement) throw new NotFoundError("agreement");
  return { agreement, contract: await contractOf(tx, agreement.contractId) };
}

export async function addAgreement(
  ctx: Ctx,
  input: { contractId: string; title: string; frequency: Frequency; firstDueOn: string | null },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const contract = await contractOf(tx, input.contractId);
    const existing = await tx
      .select({ id: performanceAgreements.id })
      .from(performanceAgreements)
      .where(eq(performanceAgreements.contractId, contract.id));
    const [row] = await tx
      .insert(performanceAgreements)
      .values({ ...input, position: existing.length })
      .returning({ id: performanceAgreements.id });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "agreement.create",
        objectType: "performance_agreement",
        objectId: row?.id,
        trajectoryId: contract.trajectoryId,
        details: { contractId: contract.id, title: input.title, frequency: input.frequency },
      },
    );
  });
}

/** "On request" agreements become due when the municipality asks, on the date it sets. */
export async function requestDelivery(
  ctx: Ctx,
  input: { agreementId: string; requestedDueOn: string },
  now = new Date(),
): Promise<void> {
  if (input.requestedDueOn < amsterdamDay(now))
    throw new DomainRuleError(t("agreement.requestInPast"), "requestedDueOn");
  await ctx.db.transaction(async (tx) => {
    const { agreement, contract } = await lockAgreement(tx, input.agreementId);
    if (agreement.frequency !== "on_request") throw new DomainRuleError(t("agreement.notOnRequest"));
    await tx
      .update(performanceAgreements)
      .set({ requestedDueOn: input.requestedDueOn })
      .where(eq(performanceAgreements.id, agreement.id));
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "agreement.request",
        objectType: "performance_agreement",
        objectId: agreement.id,
        trajectoryId: contract.trajectoryId,
        details: { requestedDueOn: input.requestedDueOn },
      },
    );
  });
}

/**
 * The provider uploads the report for the delivery that is due; the next due date moves on. With
 * `interimRequestId` it answers the municipality's request for an interim report instead.
 */
export async function deliverAgreementReport(
  ctx: Ctx & { site?: string },
  input: { agreementId: string; interimRequestId?: string | null; file?: unknown },
  now = new Date(),
): Promise<void> {
  if (input.interimRequestId)
    return deliverInterimReport(ctx, { ...input, interimRequestId: input.interimRequestId }, now);
  const doc = await requireDocument(input.file);
  await ctx.db.transaction(async (tx) => {
    const { agreement, contract } = await lockAgreement(tx, input.agreementId);
    if (!can(ctx.actor, "agreement.deliver", { providerId: contract.providerId })) throw new NotFoundError("agreement");
    const delivered = await tx
      .select({ id: agreementDeliveries.id })
      .from(agreementDeliveries)
      .where(and(eq(agreementDeliveries.agreementId, agreement.id), isNull(agreementDeliveries.interimRequestId)));
    const dueOn = nextDueDate(agreement, delivered.length);
    if (agreement.frequency === "on_request" && !dueOn) throw new DomainRuleError(t("agreement.notRequested"), "file");
    const documentId = await storeDocument(tx, {
      ...doc,
      contractId: contract.id,
      kind: "agreement_report",
      title: agreement.title,
      agreementId: agreement.id,
      uploadedBy: ctx.actor.id,
    });
    await tx
      .insert(agreementDeliveries)
      .values({ agreementId: agreement.id, dueOn, documentId, deliveredBy: ctx.actor.id, deliveredAt: now });
    if (agreement.frequency === "on_request")
      await tx
        .update(performanceAgreements)
        .set({ requestedDueOn: null })
        .where(eq(performanceAgreements.id, agreement.id));
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "agreement.deliver",
        objectType: "performance_agreement",
        objectId: agreement.id,
        trajectoryId: contract.trajectoryId,
        details: { dueOn, late: dueOn !== null && amsterdamDay(now) > dueOn, fileName: doc.fileName },
      },
    );
  });
}

type SampleInput = {
  contractId: string;
  checkedOn: string;
  filesDrawn: number;
  filesFailing: number;
  note: string | null;
  talkOn: string | null;
};
export type SampleOutcome = { proposesEscalation: boolean; escalationId: string | null; alreadyOpen: boolean };

/**
 * Records a sample check of files. More than 10% failing leads to step 1 of the escalation ladder (source 002):
 * the ladder opens in the same transaction with the sample as its ground, and both sides are notified. When a
 * ladder is already open, the sample is recorded and the open ladder continues.
 */
export async function recordSampleCheck(ctx: Ctx & { site?: string }, input: SampleInput): Promise<SampleOutcome> {
  const proposesEscalation = sampleCheckProposesEscalation(input.filesDrawn, input.filesFailing);
  if (proposesEscalation && !input.talkOn) throw new DomainRuleError(t("agreement.sampleTalkRequired"), "talkOn");
  return ctx.db.transaction(async (tx) => {
    const [contract] = await tx.select().from(contracts).where(eq(contracts.id, input.contractId)).for("update");
    if (!contract) throw new NotFoundError("contract");
    const { talkOn, ...check } = input;
    const [row] = await tx
      .insert(sampleChecks)
      .values({ ...check, checkedBy: ctx.actor.id })
      .returning({ id: sampleChecks.id });
    if (!row) throw new Error("sample check insert returned nothing");
    let escalationId: string | null = null;
    let alreadyOpen = false;
    if (proposesEscalation && talkOn) {
      const open = await openLadderOf(tx, contract.id);
      alreadyOpen = Boolean(open);
      if (open) escalationId = open.id;
      else {
        const opened = await openStep1(
          ctx,
          tx,
          contract,
          { source: "sample_check", shortfall: sampleShortfall(input), talkOn },
          { details: { sampleCheckId: row.id }, notify: true },
        );
        escalationId = opened.id;
        await tx.update(sampleChecks).set({ escalationId }).where(eq(sampleChecks.id, row.id));
      }
    }
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "agreement.sample_check",
        objectType: "contract",
        objectId: contract.id,
        trajectoryId: contract.trajectoryId,
        details: {
          sampleCheckId: row.id,
          filesDrawn: input.filesDrawn,
          filesFailing: input.filesFailing,
          proposesEscalation,
          escalationId,
          ladderAlreadyOpen: alreadyOpen,
        },
      },
    );
    return { proposesEscalation, escalationId, alreadyOpen };
  });
}
