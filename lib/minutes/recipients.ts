import { eq, inArray } from "drizzle-orm";
import {
  consultationInvitations,
  consultationResponses,
  consultations,
  meetingInvitees,
  meetings,
  providers,
  users,
} from "@/db/schema";
import type { Executor } from "@/db/connection";
import { relevantProviderIdsForMeeting } from "@/db/queries/overlegtafels";
import { speakersFor } from "@/lib/messaging/outbox";
import { municipalDetectionContext } from "@/lib/public-figures/reads";

/** Providers and people taking part anywhere in the trajectory: its consultations and its meetings. */
export async function trajectoryParties(tx: Executor, trajectoryId: string) {
  const consultationIds = (
    await tx.select({ id: consultations.id }).from(consultations).where(eq(consultations.trajectoryId, trajectoryId))
  ).map((r) => r.id);
  const meetingIds = (
    await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.trajectoryId, trajectoryId))
  ).map((r) => r.id);
  const rows = [
    ...(consultationIds.length
      ? await tx
          .select({ providerId: consultationInvitations.providerId, userId: consultationInvitations.userId })
          .from(consultationInvitations)
          .where(inArray(consultationInvitations.consultationId, consultationIds))
      : []),
    ...(consultationIds.length
      ? await tx
          .select({ providerId: consultationResponses.providerId, userId: consultationResponses.userId })
          .from(consultationResponses)
          .where(inArray(consultationResponses.consultationId, consultationIds))
      : []),
    ...(meetingIds.length
      ? await tx
          .select({ providerId: meetingInvitees.providerId, userId: meetingInvitees.userId })
          .from(meetingInvitees)
          .where(inArray(meetingInvitees.meetingId, meetingIds))
      : []),
  ];
  return {
    providerIds: [...new Set(rows.flatMap((r) => (r.providerId ? [r.providerId] : [])))],
    userIds: [...new Set(rows.flatMap((r) => (r.userId ? [r.userId] : [])))],
  };
}

/**
 * Everyone who receives published minutes at the same moment: every member of every provider
 * involved in the trajectory (not only the attendees) and the other participants. For a session
 * of a consultation table also every provider for whom the table is relevant, seated or not.
 */
export async function publicationRecipients(
  tx: Executor,
  trajectoryId: string,
  tableId: string | null = null,
): Promise<string[]> {
  const parties = await trajectoryParties(tx, trajectoryId);
  const tableProviders = await relevantProviderIdsForMeeting(tx, { tableId });
  return [
    ...new Set([
      ...(await speakersFor(tx, [...new Set([...parties.providerIds, ...tableProviders])])),
      ...parties.userIds,
    ]),
  ];
}

/**
 * Who is told about a new version of this meeting's minutes: everyone involved in the trajectory, or
 * — for a meeting whose minutes are for its invitees only, such as a one-to-one contract-management
 * talk — only the invited organisations' members and invited people.
 */
export async function minutesRecipients(
  tx: Executor,
  meeting: { id: string; trajectoryId: string; tableId?: string | null; minutesAudience: "trajectory" | "invitees" },
): Promise<string[]> {
  if (meeting.minutesAudience === "trajectory")
    return publicationRecipients(tx, meeting.trajectoryId, meeting.tableId ?? null);
  const invitees = await tx.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, meeting.id));
  const providerIds = invitees.flatMap((i) => (i.providerId ? [i.providerId] : []));
  return [
    ...new Set([...(await speakersFor(tx, providerIds)), ...invitees.flatMap((i) => (i.userId ? [i.userId] : []))]),
  ];
}

/**
 * Names the detector must not take for a client's name, provider names that tie figures to a competitor,
 * and the municipality's published figures, mail domains and officials.
 */
export async function detectionContext(tx: Executor, meetingId: string, trajectoryId: string) {
  const invitees = await tx.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, meetingId));
  const inviteeProviders = invitees.flatMap((i) => (i.providerId ? [i.providerId] : []));
  const personIds = invitees.flatMap((i) => (i.userId ? [i.userId] : []));
  const people = [
    ...(personIds.length ? await tx.select({ name: users.name }).from(users).where(inArray(users.id, personIds)) : []),
    ...(inviteeProviders.length
      ? await tx.select({ name: users.name }).from(users).where(inArray(users.providerId, inviteeProviders))
      : []),
  ];
  const { providerIds } = await trajectoryParties(tx, trajectoryId);
  const providerNames = providerIds.length
    ? await tx.select({ name: providers.name }).from(providers).where(inArray(providers.id, providerIds))
    : [];
  return {
    participants: [...new Set(people.map((p) => p.name))],
    providerNames: providerNames.map((p) => p.name),
    ...(await municipalDetectionContext(tx, trajectoryId)),
  };
}
