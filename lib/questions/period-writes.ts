import { eq } from "drizzle-orm";
import { consultations, qaPeriods } from "@/db/schema";
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
