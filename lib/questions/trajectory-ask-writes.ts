import { eq } from "drizzle-orm";
import { qaQuestions, trajectories } from "@/db/schema";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import { speakingFor, type Actor } from "@/lib/auth/actor";
import { DomainRuleError, InputError } from "@/lib/errors";
import { formatDateTime, t } from "@/lib/i18n";
import { can } from "@/lib/policy";
import { trajectoryQuestionPeriodOf } from "./period";
import { trajectoryPeriodOpen, trajectoryTakesQuestions } from "./trajectory-access";
import { questionBody, type AskTrajectoryQuestionInput } from "./validation";

type Ctx = WriteContext & { actor: Actor };

type Refusal = { reason: string; message: string; objectId: string | null };

/** Why the actor may not ask about this trajectory now; null when they may. */
async function askRefusal(ctx: Ctx, trajectoryId: string, now: Date): Promise<Refusal | null> {
  const [tr] = await ctx.db
    .select({ id: trajectories.id, visibility: trajectories.visibility, phase: trajectories.currentPhase })
    .from(trajectories)
    .where(eq(trajectories.id, trajectoryId));
  // Whoever may not see an internal trajectory learns nothing about it, not even that it exists.
  if (!tr) return { reason: "not_found", message: t("questions.askTrajectoryNotPossible"), objectId: null };
  const ownEnd = await trajectoryQuestionPeriodOf(ctx.db, tr.id);
  const resource = {
    visibility: tr.visibility,
    phase: tr.phase,
    periodOpen: trajectoryPeriodOpen(tr.phase, ownEnd, now),
  };
  if (can(ctx.actor, "question.ask_trajectory", resource)) return null;
  const refusal = (reason: string, message: string) => ({ reason, message, objectId: tr.id });
  if (ctx.actor.role === "officer" || ctx.actor.role === "admin")
    return refusal("staff", t("questions.askTrajectoryStaff"));
  if (tr.visibility !== "public") return refusal("internal", t("questions.askTrajectoryNotPossible"));
  if (!trajectoryTakesQuestions(tr.phase))
    return refusal("wrong_phase", t("questions.askTrajectoryPhase", { phase: t(`phase.${tr.phase}`) }));
  if (ownEnd && now >= ownEnd)
    return refusal("period_over", t("questions.askPeriodOver", { at: formatDateTime(ownEnd) }));
  return refusal("not_in_audience", t("questions.askTrajectoryNotForYou"));
}

/**
 * A provider member (for the organisation), a resident or a council member asks about a public
 * trajectory as a whole in its analysis or choices phase. Every refusal, also of the text itself, is
 * audited without the text and comes back in Dutch; the form keeps what was typed.
 */
export async function askTrajectoryQuestion(
  ctx: Ctx,
  input: AskTrajectoryQuestionInput,
  now = new Date(),
): Promise<{ id: string }> {
  const refusal = await askRefusal(ctx, input.trajectoryId, now);
  const body = refusal ? null : questionBody.safeParse(input.body);
  if (refusal || !body?.success) {
    await recordAudit(ctx, {
      action: "question.ask_trajectory",
      objectType: "trajectory",
      objectId: refusal ? refusal.objectId : input.trajectoryId,
      trajectoryId: refusal ? refusal.objectId : input.trajectoryId,
      result: "denied",
      details: { reason: refusal?.reason ?? "invalid_text", length: input.body.length },
    });
    if (refusal) throw new DomainRuleError(refusal.message);
    throw new InputError({ body: body!.error!.issues.map((issue) => issue.message) });
  }
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(qaQuestions)
      .values({
        consultationId: null,
        trajectoryId: input.trajectoryId,
        askedBy: ctx.actor.id,
        providerId: speakingFor(ctx.actor),
        body: body.data,
        askedAt: now,
      })
      .returning({ id: qaQuestions.id });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "question.ask_trajectory",
        objectType: "question",
        objectId: row!.id,
        trajectoryId: input.trajectoryId,
        details: { subject: "trajectory", length: body.data.length },
      },
    );
    return { id: row!.id };
  });
}
