import { eq } from "drizzle-orm";
import { consultations, qaPeriods, qaTrajectoryPeriods, trajectories } from "@/db/schema";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { formatDateTime, t } from "@/lib/i18n";

type Ctx = WriteContext & { actor: Actor };

/** Sets (or clears) the end of the question period; it may not lie after the consultation closes. */
export async function setQuestionPeriod(
  ctx: Ctx,
  input: { consultationId: string; closesAt: Date | "" },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [c] = await tx.select().from(consultations).where(eq(consultations.id, input.consultationId));
    if (!c) throw new NotFoundError("consultation");
    if (input.closesAt && input.closesAt > c.closesAt)
      throw new DomainRuleError(t("questions.periodAfterClose", { at: formatDateTime(c.closesAt) }), "closesAt");
    if (input.closesAt && input.closesAt <= c.opensAt)
      throw new DomainRuleError(t("questions.periodBeforeOpen"), "closesAt");
    if (input.closesAt)
      await tx
        .insert(qaPeriods)
        .values({ consultationId: c.id, closesAt: input.closesAt, setBy: ctx.actor.id })
        .onConflictDoUpdate({
          target: qaPeriods.consultationId,
          set: { closesAt: input.closesAt, setBy: ctx.actor.id, updatedAt: new Date() },
        });
    else await tx.delete(qaPeriods).where(eq(qaPeriods.consultationId, c.id));
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "question.set_period",
        objectType: "consultation",
        objectId: c.id,
        trajectoryId: c.trajectoryId,
        details: { closesAt: input.closesAt ? input.closesAt.toISOString() : null },
      },
    );
  });
}

/**
 * Sets (or clears) an earlier end of the questions about a trajectory as a whole; without one they run
 * as long as the trajectory is in its analysis or choices phase.
 */
export async function setTrajectoryQuestionPeriod(
  ctx: Ctx,
  input: { trajectoryId: string; closesAt: Date | "" },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [tr] = await tx
      .select({ id: trajectories.id })
      .from(trajectories)
      .where(eq(trajectories.id, input.trajectoryId));
    if (!tr) throw new NotFoundError("trajectory");
    if (input.closesAt)
      await tx
        .insert(qaTrajectoryPeriods)
        .values({ trajectoryId: tr.id, closesAt: input.closesAt, setBy: ctx.actor.id })
        .onConflictDoUpdate({
          target: qaTrajectoryPeriods.trajectoryId,
          set: { closesAt: input.closesAt, setBy: ctx.actor.id, updatedAt: new Date() },
        });
    else await tx.delete(qaTrajectoryPeriods).where(eq(qaTrajectoryPeriods.trajectoryId, tr.id));
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "question.set_period",
        objectType: "trajectory",
        objectId: tr.id,
        trajectoryId: tr.id,
        details: { closesAt: input.closesAt ? input.closesAt.toISOString() : null, subject: "trajectory" },
      },
    );
  });
}
