import { eq } from "drizzle-orm";
import { consultationComments, consultationInvitations, consultationResponses } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { speakersFor } from "@/lib/messaging/outbox";

/**
 * Everyone who took part or was asked to: invited people, speakers of invited or responding providers, council
 * responders.
 */
export async function consultationParticipants(tx: Executor, consultationId: string): Promise<string[]> {
  const invited = await tx
    .select()
    .from(consultationInvitations)
    .where(eq(consultationInvitations.consultationId, consultationId));
  const responses = await tx
    .select()
    .from(consultationResponses)
    .where(eq(consultationResponses.consultationId, consultationId));
  const providerIds = [...new Set([...invited, ...responses].flatMap((r) => (r.providerId ? [r.providerId] : [])))];
  const people = [...invited, ...responses].flatMap((r) => (r.userId ? [r.userId] : []));
  return [...new Set([...(await speakersFor(tx, providerIds)), ...people])];
}

/** Everyone who wrote in the consultation's discussion (residents among them), hidden comments included. */
export async function commenters(tx: Executor, consultationId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ id: consultationComments.authorId })
    .from(consultationComments)
    .where(eq(consultationComments.consultationId, consultationId));
  return rows.map((r) => r.id);
}
