import { qaQuestions } from "@/db/schema";
import { getConsultationOrThrow, isInvited } from "@/db/queries/consultations";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import { speakingFor, type Actor } from "@/lib/auth/actor";
import { effectiveState } from "@/lib/consultation/state-machine";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { formatDateTime, t } from "@/lib/i18n";
import { can } from "@/lib/policy";
import type { AskQuestionInput } from "./validation";
import { questionPeriodOf } from "./period";

type Ctx = WriteContext & { actor: Actor };

/** Why the actor may not ask, as an audit reason and a Dutch message; null when they may. */
async function askRefusal(ctx: Ctx, consultationId: string, now: Date) {
  let detail;
  try {
    detail = await getConsultationOrThrow(ctx.db, consultationId);
  } catch (error) {
    if (error instanceof NotFoundError)
      return { ok: false as const, reason: "not_found", message: t("questions.askNotPossible"), trajectoryId: null };
    throw error;
  }
  const invited = await isInvited(ctx.db, consultationId, { userId: ctx.actor.id, providerId: speakingFor(ctx.actor) });
  const state = effectiveState(detail, now);
  const period = await questionPeriodOf(ctx.db, detail);
  const resource = {
    openness: detail.openness,
    interaction: detail.interaction,
    audience: detail.audience,
    state,
    invited,
    periodOpen: now < period.ends,
  };
  const refusal = (reason: string, message: string) => ({
    ok: false as const,
    reason,
    message,
    trajectoryId: detail.trajectoryId as string | null,
  });
  if (can(ctx.actor, "question.ask", resource)) return { ok: true as const, consultation: detail };
  // Whoever may not see the consultation learns nothing about it, not even that it exists.
  if (state === "draft" || (detail.openness === "closed" && !invited))
    return refusal("not_invited", t("questions.askNotPossible"));
  if (state !== "open" && state !== "published") return refusal("consultation_closed", t("questions.askClosed"));
  if (state === "published") return refusal("not_yet_open", t("questions.askNotYet"));
  if (now >= period.ends)
    return refusal("period_over", t("questions.askPeriodOver", { at: formatDateTime(period.ends) }));
  return refusal("not_in_audience", t("questions.askNotForYou"));
}

/**
 * A participant asks a question on behalf of their organisation (or as a resident or council member).
 * A refusal is audited (never with the text) and comes back as a Dutch message; the form keeps the text.
 */
export async function askQuestion(ctx: Ctx, input: AskQuestionInput, now = new Date()): Promise<{ id: string }> {
  const check = await askRefusal(ctx, input.consultationId, now);
  if (!check.ok) {
    await recordAudit(ctx, {
      action: "question.ask",
      objectType: "consultation",
      objectId: check.reason === "not_found" ? null : input.consultationId,
      trajectoryId: check.trajectoryId,
      result: "denied",
      details: { reason: check.reason, length: input.body.length },
    });
    throw new DomainRuleError(check.message);
  }
  const { consultation } = check;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(qaQuestions)
      .values({
        consultationId: consultation.id,
        trajectoryId: consultation.trajectoryId,
        askedBy: ctx.actor.id,
        providerId: speakingFor(ctx.actor),
        body: input.body,
        askedAt: now,
      })
      .returning({ id: qaQuestions.id });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "question.ask",
        objectType: "question",
        objectId: row!.id,
        trajectoryId: consultation.trajectoryId,
        details: { consultationId: consultation.id, length: input.body.length },
      },
    );
    return { id: row!.id };
  });
}
