import { eq } from "drizzle-orm";
import { contracts, escalationEvents, escalations, providers, type Escalation } from "@/db/schema";
import type { Executor } from "@/db/connection";
import type { EscalationAuditKind } from "@/lib/audit/codes";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { absoluteUrl } from "@/lib/http/site-url";
import { t } from "@/lib/i18n";
import { notifyUsers, speakersFor } from "@/lib/messaging/outbox";
import { escalationOfficers } from "@/lib/notifications/officers";
import { can } from "@/lib/policy";
import { amsterdamDay } from "@/lib/time/amsterdam";
import { requireDocument, storeDocument } from "@/lib/contract/document-writes";
import {
  planDueDate,
  planTermProblem,
  talkInFuture,
  transition,
  type LadderEvent,
  type ShortfallSource,
  type Step,
  type Step3Ground,
} from "./ladder";
import { renderLadderLetter } from "./letter-pdf";
import { openLadderOf, openStep1 } from "./open";
import type { LetterTemplate } from "./letters";

/** `site` is the public base URL for the link in the e-mail that announces a letter. */
type Ctx = WriteContext & { actor: Actor; site?: string };
type Loaded = { escalation: Escalation; contract: typeof contracts.$inferSelect; providerName: string };

async function lockEscalation(tx: Executor, actor: Actor, escalationId: string): Promise<Loaded> {
  const [escalation] = await tx.select().from(escalations).where(eq(escalations.id, escalationId)).for("update");
  if (!escalation) throw new NotFoundError("escalation");
  const [row] = await tx
    .select({ contract: contracts, providerName: providers.name })
    .from(contracts)
    .innerJoin(providers, eq(providers.id, contracts.providerId))
    .where(eq(contracts.id, escalation.contractId));
  if (!row || !can(actor, "contract.view", { providerId: row.contract.providerId }))
    throw new NotFoundError("escalation");
  return { escalation, ...row };
}

/** Asks the ladder; a refused move becomes a Dutch message that says what the source requires. */
function move(loaded: Loaded, event: LadderEvent, today: string, field?: string): Step {
  const outcome = transition(loaded.escalation, event, today);
  if (!outcome.ok) throw new DomainRuleError(t(`ladder.refused_${outcome.reason}`), field);
  return outcome.step;
}

async function record(
  ctx: Ctx,
  tx: Executor,
  loaded: Loaded,
  kind: EscalationAuditKind,
  toStep: Step,
  note: string | null,
  documentId: string | null,
  details: Record<string, unknown> = {},
) {
  await tx.insert(escalationEvents).values({
    escalationId: loaded.escalation.id,
    kind,
    fromStep: loaded.escalation.step,
    toStep,
    note,
    documentId,
    actorId: ctx.actor.id,
  });
  await recordAudit(
    { ...ctx, db: tx },
    {
      action: `escalation.${kind}`,
      objectType: "escalation",
      objectId: loaded.escalation.id,
      trajectoryId: loaded.contract.trajectoryId,
      details: { contractId: loaded.contract.id, from: loaded.escalation.step, to: toStep, ...details },
    },
  );
}

/** Generates a letter from its template and files it with the contract; the provider is told. */
async function sendLetter(ctx: Ctx, tx: Executor, loaded: Loaded, letter: LetterTemplate, now: Date): Promise<string> {
  const { subject, bytes, fileName } = await renderLadderLetter(
    {
      escalationId: loaded.escalation.id,
      providerName: loaded.providerName,
      contractReference: loaded.contract.reference,
    },
    letter,
    now,
  );
  const documentId = await storeDocument(tx, {
    contractId: loaded.contract.id,
    kind: "letter",
    title: subject,
    fileName,
    contentType: "application/pdf",
    bytes,
    escalationId: loaded.escalation.id,
    uploadedBy: ctx.actor.id,
  });
  await notifyUsers(tx, await speakersFor(tx, [loaded.contract.providerId]), {
    subject: `${subject} (${loaded.contract.reference})`,
    body: t("ladder.letterNotice", { reference: loaded.contract.reference }),
    link: `${ctx.site ?? ""}/mijn-contracten/${loaded.contract.id}/escalatie/${loaded.escalation.id}`,
  });
  return documentId;
}

const base = (l: Loaded, today: string) => ({
  providerName: l.providerName,
  contractReference: l.contract.reference,
  contractTitle: l.contract.title,
  shortfall: l.escalation.shortfall,
  today,
});

/** Step 1: the municipality signals the shortfall and plans the escalation talk. One open ladder per contract. */
export async function startEscalation(
  ctx: Ctx,
  input: { contractId: string; source: ShortfallSource; shortfall: string; talkOn: string },
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    const [contract] = await tx.select().from(contracts).where(eq(contracts.id, input.contractId)).for("update");
    if (!contract) throw new NotFoundError("contract");
    if (await openLadderOf(tx, contract.id)) throw new DomainRuleError(t("ladder.alreadyOpen"));
    const { contractId: _, ...step1 } = input;
    return openStep1(ctx, tx, contract, step1);
  });
}

/**
 * After the talk: agreements recorded, the plan due in two weeks unless another term is reasoned, letter sent (→ step
 * 2).
 */
export async function holdEscalationTalk(
  ctx: Ctx,
  input: { escalationId: string; talkOn: string; agreements: string; termDays: number; termReason: string | null },
  now = new Date(),
): Promise<void> {
  const problem = planTermProblem(input.termDays, input.termReason);
  if (problem)
    throw new DomainRuleError(t(`ladder.term_${problem}`), problem === "reason_required" ? "termReason" : "termDays");
  await ctx.db.transaction(async (tx) => {
    const loaded = await lockEscalation(tx, ctx.actor, input.escalationId);
    const today = amsterdamDay(now);
    if (talkInFuture(input.talkOn, today)) throw new DomainRuleError(t("ladder.talkInFuture"), "talkOn");
    const to = move(loaded, { type: "hold_talk" }, today);
    const planDueOn = planDueDate(input.talkOn, input.termDays);
    if (planDueOn < today) throw new DomainRuleError(t("ladder.planDueInPast"), "termDays");
    const termReason = input.termDays === 14 ? null : input.termReason;
    const documentId = await sendLetter(
      ctx,
      tx,
      loaded,
      {
        kind: "step1",
        ...base(loaded, today),
        talkOn: input.talkOn,
        agreements: input.agreements,
        planDueOn,
        planTermReason: termReason,
      },
      now,
    );
    await tx
      .update(escalations)
      .set({ step: to, talkOn: input.talkOn, agreements: input.agreements, planDueOn, planTermReason: termReason })
      .where(eq(escalations.id, loaded.escalation.id));
    await record(ctx, tx, loaded, "hold_talk", to, input.agreements, documentId, {
      planDueOn,
      termDays: input.termDays,
    });
  });
}

/** Step 3, on one of the source's grounds; the letter states the attributable shortcoming. */
export async function moveToStep3(
  ctx: Ctx,
  input: { escalationId: string; ground: Step3Ground | null; explanation: string },
  now = new Date(),
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const loaded = await lockEscalation(tx, ctx.actor, input.escalationId);
    const today = amsterdamDay(now);
    const to = move(loaded, { type: "to_step3", ground: input.ground }, today, "ground");
    await toStep3(ctx, tx, loaded, input.ground as Step3Ground, input.explanation, now, to);
  });
}

async function toStep3(
  ctx: Ctx,
  tx: Executor,
  loaded: Loaded,
  ground: Step3Ground,
  explanation: string,
  now: Date,
  to: Step,
) {
  const documentId = await sendLetter(
    ctx,
    tx,
    loaded,
    { kind: "step3", ...base(loaded, amsterdamDay(now)), ground, explanation },
    now,
  );
  await tx
    .update(escalations)
    .set({
      step: to,
      step3Ground: ground,
      planStatus:
        loaded.escalation.planStatus === "submitted" && ground === "plan_insufficient"
          ? "rejected"
          : loaded.escalation.planStatus,
    })
    .where(eq(escalations.id, loaded.escalation.id));
  await record(ctx, tx, loaded, "to_step3", to, explanation, documentId, { ground });
}

/** The provider delivers its improvement plan (PDF or office document). */
export async function submitImprovementPlan(
  ctx: Ctx,
  input: { escalationId: string; file?: unknown },
  now = new Date(),
): Promise<void> {
  const doc = await requireDocument(input.file);
  await ctx.db.transaction(async (tx) => {
    const loaded = await lockEscalation(tx, ctx.actor, input.escalationId);
    if (!can(ctx.actor, "escalation.submit", { providerId: loaded.contract.providerId }))
      throw new NotFoundError("escalation");
    const to = move(loaded, { type: "submit_plan" }, amsterdamDay(now), "file");
    const documentId = await storeDocument(tx, {
      ...doc,
      contractId: loaded.contract.id,
      kind: "improvement_plan",
      title: t("ladder.planTitle"),
      escalationId: loaded.escalation.id,
      uploadedBy: ctx.actor.id,
    });
    await tx.update(escalations).set({ planStatus: "submitted" }).where(eq(escalations.id, loaded.escalation.id));
    await record(ctx, tx, loaded, "submit_plan", to, null, documentId, {
      fileName: doc.fileName,
      lateBy: loaded.escalation.planDueOn && amsterdamDay(now) > loaded.escalation.planDueOn ? amsterdamDay(now) : null,
    });
    const names = { provider: loaded.providerName, reference: loaded.contract.reference };
    await notifyUsers(tx, await escalationOfficers(tx, loaded.escalation.id), {
      kind: "improvement_plan",
      subject: t("notify.planSubmittedSubject", names),
      body: t("notify.planSubmittedBody", names),
      link: absoluteUrl(`/beheer/contracten/${loaded.contract.id}/escalatie/${loaded.escalation.id}`),
    });
  });
}

/** The municipality assesses the plan: accepted with a term to realise it, or rejected (→ step 3). */
export async function assessImprovementPlan(
  ctx: Ctx,
  input: { escalationId: string; decision: "accept" | "reject"; realisationDueOn?: string; explanation: string | null },
  now = new Date(),
): Promise<Step> {
  return ctx.db.transaction(async (tx) => {
    const loaded = await lockEscalation(tx, ctx.actor, input.escalationId);
    const today = amsterdamDay(now);
    if (input.decision === "reject") {
      const to = move(loaded, { type: "reject_plan" }, today);
      await toStep3(ctx, tx, loaded, "plan_insufficient", input.explanation ?? "", now, to);
      return to;
    }
    const to = move(loaded, { type: "accept_plan" }, today);
    if (!input.realisationDueOn || input.realisationDueOn <= today)
      throw new DomainRuleError(t("ladder.realisationInPast"), "realisationDueOn");
    await tx
      .update(escalations)
      .set({ planStatus: "accepted", realisationDueOn: input.realisationDueOn })
      .where(eq(escalations.id, loaded.escalation.id));
    await record(ctx, tx, loaded, "accept_plan", to, input.explanation, null, {
      realisationDueOn: input.realisationDueOn,
    });
    return to;
  });
}

/** Client stop (no new clients allocated) and a third party at the provider's cost: step 2 measures. */
export async function setEscalationMeasures(
  ctx: Ctx,
  input: { escalationId: string; clientStop: boolean; thirdParty: boolean; reason: string },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const loaded = await lockEscalation(tx, ctx.actor, input.escalationId);
    if (loaded.escalation.step !== "step2") throw new DomainRuleError(t("ladder.measuresOnlyStep2"));
    await tx
      .update(escalations)
      .set({ clientStop: input.clientStop, thirdParty: input.thirdParty })
      .where(eq(escalations.id, loaded.escalation.id));
    await record(ctx, tx, loaded, "measures", "step2", input.reason, null, {
      clientStop: input.clientStop,
      thirdParty: input.thirdParty,
    });
  });
}

/** The provider reports the realised improvements after the agreed term. */
export async function reportRealisation(
  ctx: Ctx,
  input: { escalationId: string; file?: unknown },
  now = new Date(),
): Promise<void> {
  const doc = await requireDocument(input.file);
  await ctx.db.transaction(async (tx) => {
    const loaded = await lockEscalation(tx, ctx.actor, input.escalationId);
    if (!can(ctx.actor, "escalation.submit", { providerId: loaded.contract.providerId }))
      throw new NotFoundError("escalation");
    const to = move(loaded, { type: "report_realisation" }, amsterdamDay(now), "file");
    const documentId = await storeDocument(tx, {
      ...doc,
      contractId: loaded.contract.id,
      kind: "realisation_report",
      title: t("ladder.realisationTitle"),
      escalationId: loaded.escalation.id,
      uploadedBy: ctx.actor.id,
    });
    await tx.update(escalations).set({ realisationReportedAt: now }).where(eq(escalations.id, loaded.escalation.id));
    await record(ctx, tx, loaded, "report_realisation", to, null, documentId, { fileName: doc.fileName });
  });
}

/** Back to normal: the improvement is realised; measures end and the provider gets a letter. */
export async function confirmRealised(ctx: Ctx, input: { escalationId: string }, now = new Date()): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const loaded = await lockEscalation(tx, ctx.actor, input.escalationId);
    const to = move(loaded, { type: "confirm_realised" }, amsterdamDay(now));
    const documentId = await sendLetter(ctx, tx, loaded, { kind: "resolved", ...base(loaded, amsterdamDay(now)) }, now);
    await tx
      .update(escalations)
      .set({ step: to, clientStop: false, thirdParty: false, closedAt: now })
      .where(eq(escalations.id, loaded.escalation.id));
    await record(ctx, tx, loaded, "resolve", to, null, documentId);
  });
}
