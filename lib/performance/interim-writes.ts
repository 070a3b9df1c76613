import { and, eq, isNull } from "drizzle-orm";
import { agreementDeliveries, contracts, interimReportRequests, performanceAgreements } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { requireDocument, storeDocument } from "@/lib/contract/document-writes";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { formatDate, t } from "@/lib/i18n";
import { notifyUsers, speakersFor } from "@/lib/messaging/outbox";
import { can } from "@/lib/policy";
import { amsterdamDay } from "@/lib/time/amsterdam";

type Ctx = WriteContext & { actor: Actor; site?: string };

async function lockAgreementWithContract(tx: Executor, agreementId: string) {
  const [row] = await tx
    .select({ agreement: performanceAgreements, contract: contracts })
    .from(performanceAgreements)
    .innerJoin(contracts, eq(contracts.id, performanceAgreements.contractId))
    .where(eq(performanceAgreements.id, agreementId))
    .for("update", { of: performanceAgreements });
  if (!row) throw new NotFoundError("agreement");
  return row;
}

/** The agreement's request that no interim report answers yet, if any. */
async function openRequestOf(tx: Executor, agreementId: string) {
  const [open] = await tx
    .select({ request: interimReportRequests })
    .from(interimReportRequests)
    .leftJoin(agreementDeliveries, eq(agreementDeliveries.interimRequestId, interimReportRequests.id))
    .where(and(eq(interimReportRequests.agreementId, agreementId), isNull(agreementDeliveries.id)));
  return open?.request;
}

/**
 * The officer asks for an interim report on an agreement that allows one (the complaints report), with a due date
 * and a reason; the provider is told by e-mail and in the portal. One open request per agreement at a time.
 */
export async function requestInterimReport(
  ctx: Ctx,
  input: { agreementId: string; dueOn: string; reason: string },
  now = new Date(),
): Promise<{ id: string }> {
  if (input.dueOn < amsterdamDay(now)) throw new DomainRuleError(t("agreement.requestInPast"), "dueOn");
  return ctx.db.transaction(async (tx) => {
    const { agreement, contract } = await lockAgreementWithContract(tx, input.agreementId);
    const open = await openRequestOf(tx, agreement.id);
    if (
      !can(ctx.actor, "agreement.request_interim", {
        interimOnRequest: agreement.interimOnRequest,
        openRequest: !!open,
      })
    )
      throw new DomainRuleError(t(open ? "agreement.interimAlreadyOpen" : "agreement.interimNotAllowed"), "dueOn");
    const [row] = await tx
      .insert(interimReportRequests)
      .values({ agreementId: agreement.id, dueOn: input.dueOn, reason: input.reason, requestedBy: ctx.actor.id })
      .returning({ id: interimReportRequests.id });
    if (!row) throw new Error("interim request insert returned nothing");
    const values = { title: agreement.title, reference: contract.reference, date: formatDate(input.dueOn) };
    await notifyUsers(tx, await speakersFor(tx, [contract.providerId]), {
      subject: t("agreement.interimSubject", values),
      body: t("agreement.interimBody", { ...values, reason: input.reason }),
      link: `${ctx.site ?? ""}/mijn-contracten/${contract.id}#tussentijds`,
    });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "agreement.request_interim",
        objectType: "performance_agreement",
        objectId: agreement.id,
        trajectoryId: contract.trajectoryId,
        details: { contractId: contract.id, requestId: row.id, dueOn: input.dueOn, reason: input.reason },
      },
    );
    return row;
  });
}

/** The provider delivers the interim report for an open request; the officer who asked is told. */
export async function deliverInterimReport(
  ctx: Ctx,
  input: { agreementId: string; interimRequestId: string; file?: unknown },
  now = new Date(),
): Promise<void> {
  const doc = await requireDocument(input.file);
  await ctx.db.transaction(async (tx) => {
    const { agreement, contract } = await lockAgreementWithContract(tx, input.agreementId);
    if (!can(ctx.actor, "contract.view", { providerId: contract.providerId })) throw new NotFoundError("agreement");
    const open = await openRequestOf(tx, agreement.id);
    const request = open?.id === input.interimRequestId ? open : undefined;
    if (!can(ctx.actor, "agreement.deliver_interim", { providerId: contract.providerId, open: !!request }) || !request)
      throw new DomainRuleError(t("agreement.interimNotOpen"), "file");
    const documentId = await storeDocument(tx, {
      ...doc,
      contractId: contract.id,
      kind: "agreement_report",
      title: t("agreement.interimDocTitle", { title: agreement.title }),
      agreementId: agreement.id,
      uploadedBy: ctx.actor.id,
    });
    await tx.insert(agreementDeliveries).values({
      agreementId: agreement.id,
      dueOn: request.dueOn,
      documentId,
      interimRequestId: request.id,
      deliveredBy: ctx.actor.id,
      deliveredAt: now,
    });
    await notifyUsers(tx, [request.requestedBy], {
      subject: t("agreement.interimDeliveredSubject", { reference: contract.reference }),
      body: t("agreement.interimDeliveredBody", { title: agreement.title, reference: contract.reference }),
      link: `${ctx.site ?? ""}/beheer/contracten/${contract.id}#prestatieafspraken`,
    });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "agreement.deliver",
        objectType: "performance_agreement",
        objectId: agreement.id,
        trajectoryId: contract.trajectoryId,
        details: {
          interimRequestId: request.id,
          dueOn: request.dueOn,
          late: amsterdamDay(now) > request.dueOn,
          fileName: doc.fileName,
        },
      },
    );
  });
}
