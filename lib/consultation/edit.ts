import { eq } from "drizzle-orm";
import { consultationChanges, consultations } from "@/db/schema";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { notifyUsers } from "@/lib/messaging/outbox";
import { consultationParticipants } from "./participants";
import type { ConsultationEditInput } from "./validation";

type Ctx = WriteContext & { actor: Actor };

/**
 * Edits title, introduction and period. Before publication that is just an edit; afterwards
 * the change needs a summary, is logged on the consultation and announced to participants.
 */
export async function editConsultation(ctx: Ctx, input: ConsultationEditInput, origin: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [c] = await tx.select().from(consultations).where(eq(consultations.id, input.consultationId)).for("update");
    if (!c) throw new NotFoundError("consultation");
    if (c.state === "closed" || c.state === "feedback_published")
      throw new DomainRuleError(t("consultation.noEditAfterClose"));
    const published = c.state !== "draft";
    if (published && input.changeSummary.length < 10)
      throw new DomainRuleError(t("consultation.changeSummaryRequired"), "changeSummary");
    const { consultationId, changeSummary, ...fields } = input;
    await tx
      .update(consultations)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(consultations.id, consultationId));
    if (published) {
      await tx.insert(consultationChanges).values({ consultationId, summary: changeSummary, changedBy: ctx.actor.id });
      await notifyUsers(tx, await consultationParticipants(tx, consultationId), {
        subject: t("consultation.changedSubject", { title: input.title }),
        body: t("consultation.changedBody", { title: input.title, summary: changeSummary }),
        link: `${origin}/consultaties/${consultationId}`,
      });
    }
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "consultation.update",
        objectType: "consultation",
        objectId: consultationId,
        trajectoryId: c.trajectoryId,
        details: { afterPublication: published, summary: published ? changeSummary : null },
      },
    );
  });
}
