import { and, desc, eq, exists, ilike, inArray, or, sql } from "drizzle-orm";
import {
  consultationInvitations,
  consultationResponses,
  consultations,
  meetingInvitees,
  meetings,
  minutesVersions,
  trajectories,
} from "@/db/schema";
import type { Executor } from "@/db/connection";

/** Escapes LIKE wildcards so that a search for "50%" means the text "50%". */
const pattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Trajectories in which this person, or the provider they speak for, takes part. */
export async function involvedTrajectoryIds(
  db: Executor,
  who: { userId: string; providerId: string | null },
): Promise<string[]> {
  const mine = <T extends typeof consultationInvitations | typeof consultationResponses | typeof meetingInvitees>(
    table: T,
  ) => or(eq(table.userId, who.userId), who.providerId ? eq(table.providerId, who.providerId) : undefined);
  const rows = await Promise.all([
    db
      .selectDistinct({ id: consultations.trajectoryId })
      .from(consultationInvitations)
      .innerJoin(consultations, eq(consultations.id, consultationInvitations.consultationId))
      .where(mine(consultationInvitations)),
    db
      .selectDistinct({ id: consultations.trajectoryId })
      .from(consultationResponses)
      .innerJoin(consultations, eq(consultations.id, consultationResponses.consultationId))
      .where(mine(consultationResponses)),
    db
      .selectDistinct({ id: meetings.trajectoryId })
      .from(meetingInvitees)
      .innerJoin(meetings, eq(meetings.id, meetingInvitees.meetingId))
      .where(mine(meetingInvitees)),
  ]);
  return [...new Set(rows.flat().map((r) => r.id))];
}

type Who = { userId: string; providerId: string | null };
/**
 * `who` is the person searching (null when signed out); `trajectoryIds` are the trajectories they are
 * involved in; `tableIds` the consultation tables relevant to the provider they speak for.
 */
export type SearchScope = { everything: boolean; trajectoryIds: string[]; tableIds: string[]; who: Who | null };
type Scope = SearchScope;
const visibleTrajectory = (scope: Scope) =>
  scope.everything
    ? undefined
    : or(
        eq(trajectories.visibility, "public"),
        scope.trajectoryIds.length ? inArray(trajectories.id, scope.trajectoryIds) : undefined,
      );

/**
 * Which published minutes a search may show. Minutes for a meeting's invitees only (a one-to-one
 * contract-management talk) are found by those invited to that very meeting — the person or the
 * provider they speak for — and by no one else, whatever the trajectory's visibility. Minutes of a
 * consultation-table session are also found by every provider for whom that table is relevant.
 */
function readableMinutes(db: Executor, scope: Scope) {
  if (scope.everything) return undefined;
  const ofRelevantTable = scope.tableIds.length ? inArray(meetings.tableId, scope.tableIds) : undefined;
  const forTrajectory = and(eq(meetings.minutesAudience, "trajectory"), or(visibleTrajectory(scope), ofRelevantTable));
  const { who } = scope;
  if (!who) return forTrajectory;
  const invited = db
    .select({ id: meetingInvitees.id })
    .from(meetingInvitees)
    .where(
      and(
        eq(meetingInvitees.meetingId, meetings.id),
        or(
          eq(meetingInvitees.userId, who.userId),
          who.providerId ? eq(meetingInvitees.providerId, who.providerId) : undefined,
        ),
      ),
    );
  return or(forTrajectory, and(eq(meetings.minutesAudience, "invitees"), exists(invited)));
}

export async function searchPortal(db: Executor, q: string, scope: Scope, limit = 20) {
  const like = pattern(q);
  const [trajectoryHits, consultationHits, minutesHits] = await Promise.all([
    db
      .select({ id: trajectories.id, title: trajectories.title, summary: trajectories.summary })
      .from(trajectories)
      .where(and(visibleTrajectory(scope), or(ilike(trajectories.title, like), ilike(trajectories.summary, like))))
      .orderBy(desc(trajectories.updatedAt))
      .limit(limit),
    // Only open consultations are searchable: a closed one must not reveal that it exists.
    db
      .select({ id: consultations.id, title: consultations.title })
      .from(consultations)
      .innerJoin(trajectories, eq(trajectories.id, consultations.trajectoryId))
      .where(
        and(
          eq(consultations.openness, "open"),
          inArray(consultations.state, ["published", "open", "closed", "feedback_published"]),
          eq(trajectories.visibility, "public"),
          ilike(consultations.title, like),
        ),
      )
      .orderBy(desc(consultations.opensAt))
      .limit(limit),
    // Published versions hold only redacted text, so a search can never find what was removed.
    db
      .select({
        meetingId: minutesVersions.meetingId,
        version: minutesVersions.version,
        title: meetings.title,
        snippet: sql<string>`substring(${minutesVersions.text}
          from greatest(1, position(lower(${q}) in lower(${minutesVersions.text})) - 80) for 200)`,
      })
      .from(minutesVersions)
      .innerJoin(meetings, eq(meetings.id, minutesVersions.meetingId))
      .innerJoin(trajectories, eq(trajectories.id, meetings.trajectoryId))
      .where(and(readableMinutes(db, scope), or(ilike(minutesVersions.text, like), ilike(meetings.title, like))))
      .orderBy(desc(minutesVersions.publishedAt))
      .limit(limit),
  ]);
  return { trajectories: trajectoryHits, consultations: consultationHits, minutes: minutesHits };
}
