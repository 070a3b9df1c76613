import { eq } from "drizzle-orm";
import { consultations } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { notifyUsers } from "@/lib/messaging/outbox";
import { gateRefusalMessage } from "@/lib/minutes/gate-messages";
import { passGate } from "@/lib/redaction/gate";
import { renderPublishedMinutes } from "@/lib/rich-text/render";
import { commenters, consultationParticipants } from "./participants";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { effectiveState } from "./state-machine";

type Ctx = WriteContext & { actor: Actor };

async function loadForOfficer(tx: Executor, id: string) {
  const [c] = await tx.select().from(consultations).where(eq(consultations.id, id)).for("update");
  if (!c) throw new NotFoundError("consultation");
  return c;
}

/** Closes a consultation before its closing moment; from then on the server refuses responses. */
export async function closeConsultationNow(ctx: Ctx, id: string, now = new Date()): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const c = await loadForOfficer(tx, id);
    const state = effectiveState(c, now);
    if (state !== "open" && state !== "published") throw new DomainRuleError(t("consultation.notClosable"));
    await tx
      .update(consultations)
      .set({ state: "closed", closesAt: now < c.closesAt ? now : c.closesAt, updatedAt: now })
      .where(eq(consultations.id, id));
    await recordAudit(
      { ...ctx, db: tx },
      { action: "consultation.close", objectType: "consultation", objectId: id, trajectoryId: c.trajectoryId },
    );
  });
}

/**
 * Publishes what was heard and what was done with it, to all participants at once, through the
 * publication gate: refused while a suggestion is undecided or when removed or sensitive text is
 * still found on the page or in its data. What is stored is the redacted copy, never the draft.
 */
export async function publishFeedback(
  ctx: Ctx,
  input: { consultationId: string; feedback: RichTextDoc; dismissedFindings?: readonly string[] },
  origin: string,
  now = new Date(),
): Promise<number> {
  const outcome = await ctx.db.transaction(async (tx) => {
    const c = await loadForOfficer(tx, input.consultationId);
    if (effectiveState(c, now) !== "closed") throw new DomainRuleError(t("consultation.feedbackNotYet"));
    const gate = await passGate(
      { document: input.feedback, dismissed: input.dismissedFindings ?? [], options: {} },
      (body) => {
        const html = renderPublishedMinutes(body);
        return {
          surfaces: [
            { name: "html", content: html },
            { name: "json", content: JSON.stringify(body) },
          ],
        };
      },
    );
    if (!gate.ok) return { refusal: gate.refusal, trajectoryId: c.trajectoryId };
    await tx
      .update(consultations)
      .set({ state: "feedback_published", feedback: gate.copy.body, feedbackPublishedAt: now, updatedAt: now })
      .where(eq(consultations.id, c.id));
    const recipients = [...new Set([...(await consultationParticipants(tx, c.id)), ...(await commenters(tx, c.id))])];
    const sent = await notifyUsers(tx, recipients, {
      kind: "feedback_published",
      subject: t("consultation.feedbackSubject", { title: c.title }),
      body: t("consultation.feedbackBody", { title: c.title }),
      link: `${origin}/consultaties/${c.id}`,
    });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "consultation.publish_feedback",
        objectType: "consultation",
        objectId: c.id,
        trajectoryId: c.trajectoryId,
        details: { notified: sent, redactions: gate.copy.grounds },
      },
    );
    return sent;
  });
  if (typeof outcome === "number") return outcome;
  // Audited after the transaction, which changed nothing.
  await recordAudit(ctx, {
    action: "consultation.publish_feedback",
    objectType: "consultation",
    objectId: input.consultationId,
    trajectoryId: outcome.trajectoryId,
    result: "denied",
    details: { reason: outcome.refusal.reason },
  });
  throw new DomainRuleError(gateRefusalMessage(outcome.refusal), "feedback");
}
