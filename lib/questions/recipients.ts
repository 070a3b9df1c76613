import { eq } from "drizzle-orm";
import { consultationTables, qaQuestions, trajectoryFollows } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { relevantProviderIdsForMeeting } from "@/db/queries/overlegtafels";
import { consultationParticipants } from "@/lib/consultation/participants";
import { speakersFor } from "@/lib/messaging/outbox";
import { trajectoryParties } from "@/lib/minutes/recipients";
import { subjectWhere, type QuestionSubject } from "./subject";

/** Who asked in this subject: the askers themselves and every member of the organisations they spoke for. */
async function askers(tx: Executor, subject: QuestionSubject): Promise<string[]> {
  const rows = await tx
    .select({ askedBy: qaQuestions.askedBy, providerId: qaQuestions.providerId })
    .from(qaQuestions)
    .where(subjectWhere(qaQuestions, subject));
  const providerIds = [...new Set(rows.flatMap((a) => (a.providerId ? [a.providerId] : [])))];
  return [...(await speakersFor(tx, providerIds)), ...rows.map((a) => a.askedBy)];
}

/**
 * Everyone who takes part in the trajectory: invited or responding participants of any of its
 * consultations and invitees of its meetings, its followers, and the providers of its overlegtafels.
 */
async function trajectoryTakers(tx: Executor, trajectoryId: string): Promise<string[]> {
  const parties = await trajectoryParties(tx, trajectoryId);
  const followers = await tx
    .select({ userId: trajectoryFollows.userId })
    .from(trajectoryFollows)
    .where(eq(trajectoryFollows.trajectoryId, trajectoryId));
  const tables = await tx
    .select({ id: consultationTables.id })
    .from(consultationTables)
    .where(eq(consultationTables.trajectoryId, trajectoryId));
  const tableProviders = (
    await Promise.all(tables.map((table) => relevantProviderIdsForMeeting(tx, { tableId: table.id })))
  ).flat();
  return [
    ...(await speakersFor(tx, [...new Set([...parties.providerIds, ...tableProviders])])),
    ...parties.userIds,
    ...followers.map((f) => f.userId),
  ];
}

/**
 * Everyone who gets a published round at the same moment. For a consultation: its invited or responding
 * participants; for the trajectory as a whole: everyone who takes part in the trajectory. In both cases
 * also every asker and the members of their organisations.
 */
export async function roundRecipients(tx: Executor, subject: QuestionSubject): Promise<string[]> {
  const takers = subject.consultationId
    ? await consultationParticipants(tx, subject.consultationId)
    : await trajectoryTakers(tx, subject.trajectoryId);
  return [...new Set([...takers, ...(await askers(tx, subject))])];
}
