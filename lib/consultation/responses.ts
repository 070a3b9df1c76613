import { and, eq, isNull } from "drizzle-orm";
import { consultationAnswers, consultationResponses, providers } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import { DomainRuleError, ForbiddenError, InputError } from "@/lib/errors";
import { absoluteUrl } from "@/lib/http/site-url";
import { formatDateTime, t } from "@/lib/i18n";
import { notifyUsers } from "@/lib/messaging/outbox";
import { consultationOfficers } from "@/lib/notifications/officers";
import { can } from "@/lib/policy";
import { parseAnswers, type Answer } from "./answers";
import { speakingFor, type Actor } from "@/lib/auth/actor";
import { loadConsultationFor } from "./reads";
import { acceptsResponses } from "./state-machine";

type Ctx = WriteContext & { actor: Actor };

/** Whose response this is: the provider organisation (one shared response) or the council member. */
export function responseOwner(actor: Actor): { providerId: string } | { userId: string } {
  const providerId = speakingFor(actor);
  return providerId ? { providerId } : { userId: actor.id };
}

const ownerCondition = (consultationId: string, owner: ReturnType<typeof responseOwner>) =>
  and(
    eq(consultationResponses.consultationId, consultationId),
    "providerId" in owner
      ? eq(consultationResponses.providerId, owner.providerId)
      : and(eq(consultationResponses.userId, owner.userId), isNull(consultationResponses.providerId)),
  );

export async function findOwnResponse(db: Executor, consultationId: string, actor: Actor) {
  const [response] = await db
    .select()
    .from(consultationResponses)
    .where(ownerCondition(consultationId, responseOwner(actor)));
  if (!response) return null;
  const answers = await db.select().from(consultationAnswers).where(eq(consultationAnswers.responseId, response.id));
  return { ...response, answers };
}

export type SaveInput = {
  consultationId: string;
  baseVersion: number;
  intent: "draft" | "submit";
  values: Record<string, string | string[]>;
};

/**
 * Saves the shared draft or submits it. Every save names the version it was based on; when a
 * colleague saved in between, the save is refused as a conflict instead of overwriting.
 */
export async function saveResponse(ctx: Ctx, input: SaveInput, now = new Date()) {
  const { consultation, resource } = await loadConsultationFor(ctx.db, ctx.actor, input.consultationId, now);
  if (!acceptsResponses(consultation, now)) {
    throw new DomainRuleError(t("consultation.notAccepting", { closes: formatDateTime(consultation.closesAt) }));
  }
  if (!can(ctx.actor, "consultation.respond", resource)) throw new ForbiddenError("consultation.respond");
  const parsed = parseAnswers(consultation.questions, input.values, input.intent);
  if (!parsed.ok) throw new InputError(parsed.errors);
  const owner = responseOwner(ctx.actor);

  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(consultationResponses)
      .where(ownerCondition(consultation.id, owner))
      .for("update");
    if ((existing?.version ?? 0) !== input.baseVersion) throw new DomainRuleError(t("consultation.conflict"));
    if (existing?.status === "submitted" && input.intent === "draft")
      throw new DomainRuleError(t("consultation.alreadySubmitted"));
    const submitting = input.intent === "submit";
    const fields = {
      status: submitting ? ("submitted" as const) : ("draft" as const),
      updatedBy: ctx.actor.id,
      updatedAt: now,
      ...(submitting ? { submittedAt: now } : {}),
    };
    const [row] = existing
      ? await tx
          .update(consultationResponses)
          .set({ ...fields, version: existing.version + 1 })
          .where(eq(consultationResponses.id, existing.id))
          .returning()
      : await tx
          .insert(consultationResponses)
          .values({ ...fields, ...owner, consultationId: consultation.id, version: 1 })
          .returning();
    if (!row) throw new Error("response write returned nothing");
    await writeAnswers(tx, row.id, parsed.answers);
    if (!existing || submitting) {
      await recordAudit(
        { ...ctx, db: tx },
        {
          action: submitting ? "consultation.submit_response" : "consultation.start_response",
          objectType: "consultation_response",
          objectId: row.id,
          trajectoryId: consultation.trajectoryId,
          details: { consultationId: consultation.id, version: row.version },
        },
      );
    }
    if (submitting) {
      const who = "providerId" in owner ? await providerName(tx, owner.providerId) : ctx.actor.name;
      await notifyUsers(tx, await consultationOfficers(tx, consultation.id), {
        kind: "response_submitted",
        subject: t("notify.responseSubmittedSubject", { title: consultation.title }),
        body: t("notify.responseSubmittedBody", { who, title: consultation.title }),
        link: absoluteUrl(`/beheer/consultaties/${consultation.id}/reacties`),
      });
    }
    return { version: row.version, status: row.status, submittedAt: row.submittedAt };
  });
}

async function providerName(tx: Executor, providerId: string): Promise<string> {
  const [row] = await tx.select({ name: providers.name }).from(providers).where(eq(providers.id, providerId));
  return row?.name ?? "";
}

async function writeAnswers(tx: Executor, responseId: string, answers: Answer[]) {
  await tx.delete(consultationAnswers).where(eq(consultationAnswers.responseId, responseId));
  const kept = answers.filter((a) => a.value !== null || a.competitionSensitive);
  if (kept.length) await tx.insert(consultationAnswers).values(kept.map((a) => ({ responseId, ...a })));
}
