import { and, eq, isNull, or } from "drizzle-orm";
import { consultationInvitations, consultationResponses } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { getConsultationOrThrow, isInvited } from "@/db/queries/consultations";
import { speakingFor, type Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/policy";
import { effectiveState } from "./state-machine";

/**
 * Loads a consultation as this actor may see it. One that does not exist for the actor (a
 * closed consultation they were not invited to, or a draft) is reported as not found.
 */
export async function loadConsultationFor(db: Executor, actor: Actor | null, id: string, now = new Date()) {
  const consultation = await getConsultationOrThrow(db, id);
  const invited = await isInvited(db, id, actor ? { userId: actor.id, providerId: speakingFor(actor) } : null);
  const hasSubmitted = actor ? await ownResponseSubmitted(db, id, actor) : false;
  const resource = {
    openness: consultation.openness,
    interaction: consultation.interaction,
    audience: consultation.audience,
    state: effectiveState(consultation, now),
    invited,
    hasSubmitted,
  };
  if (!can(actor, "consultation.view", resource)) throw new NotFoundError("consultation");
  return { consultation, resource };
}

async function ownResponseSubmitted(db: Executor, consultationId: string, actor: Actor): Promise<boolean> {
  const providerId = speakingFor(actor);
  const [row] = await db
    .select({ id: consultationResponses.id })
    .from(consultationResponses)
    .where(
      and(
        eq(consultationResponses.consultationId, consultationId),
        eq(consultationResponses.status, "submitted"),
        providerId ? eq(consultationResponses.providerId, providerId) : eq(consultationResponses.userId, actor.id),
      ),
    )
    .limit(1);
  return !!row;
}

/** Records the first time an invited participant opened the consultation, for the officer's overview. */
export async function markInvitationOpened(db: Executor, consultationId: string, actor: Actor): Promise<void> {
  const providerId = speakingFor(actor);
  await db
    .update(consultationInvitations)
    .set({ openedAt: new Date() })
    .where(
      and(
        eq(consultationInvitations.consultationId, consultationId),
        isNull(consultationInvitations.openedAt),
        or(
          eq(consultationInvitations.userId, actor.id),
          providerId ? eq(consultationInvitations.providerId, providerId) : undefined,
        ),
      ),
    );
}
