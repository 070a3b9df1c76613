// What one search may return: the people and trajectories a searcher is involved with, and the SQL condition
// on a search document's reach that the policy's rules come down to (used by db/queries/search.ts).
import { eq, or, sql, type SQL } from "drizzle-orm";
import { consultationInvitations, consultationResponses, consultations, meetingInvitees, meetings } from "@/db/schema";
import type { Executor } from "@/db/connection";

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

/**
 * What one search may return, row by row, as lib/search/scope.ts derives it from the policy. Each flag
 * or list is the SQL side of one rule that opens the item; `everything` is the officer's.
 */
export type SearchRowScope = SearchScope & {
  /** Whether an invitation opens a closed consultation for this person (not for an administrator). */
  invitationsCount: boolean;
  /** Whether a public document of a public trajectory may be downloaded (always, today). */
  publicDocuments: boolean;
  /** Which provider's contracts this person may open (their own), when not everything. */
  ownProviderId: string | null;
};

const list = (ids: readonly string[]) =>
  ids.length
    ? sql`(${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : null;
const inIds = (column: SQL, ids: readonly string[]) => {
  const values = list(ids);
  return values ? sql`${column} in ${values}` : sql`false`;
};

const byWho = (alias: string, who: Who) =>
  sql`(${sql.raw(alias)}.user_id = ${who.userId}::uuid${
    who.providerId ? sql` or ${sql.raw(alias)}.provider_id = ${who.providerId}::uuid` : sql``
  })`;

/**
 * What this search may return, as a condition on a row's `reach` (migration 0040): the SQL form of
 * consultationAccess(...).see, mayReadPublishedMinutes, document.download, contract.view and the table rules,
 * for everyone but officers, who may open everything.
 */
export function reachable(scope: SearchRowScope): SQL {
  if (scope.everything) return sql`true`;
  const { who } = scope;
  const open = [sql`d.reach = 'public'`];
  if (scope.publicDocuments) open.push(sql`d.reach = 'document'`);
  if (who && scope.invitationsCount)
    open.push(sql`(d.reach = 'invited' and exists (select 1 from consultation_invitations i
      where i.consultation_id = d.consultation_id and ${byWho("i", who)}))`);
  if (scope.trajectoryIds.length || scope.tableIds.length)
    open.push(
      sql`(d.reach = 'involved' and (${inIds(sql`d.trajectory_id`, scope.trajectoryIds)} or ${inIds(
        sql`d.table_id`,
        scope.tableIds,
      )}))`,
    );
  if (who)
    open.push(sql`(d.reach = 'invitees' and exists (select 1 from meeting_invitees mi
      where mi.meeting_id = d.ref and ${byWho("mi", who)}))`);
  if (scope.ownProviderId) open.push(sql`(d.reach = 'provider' and d.ref = ${scope.ownProviderId}::uuid)`);
  if (scope.tableIds.length) open.push(sql`(d.reach = 'table' and ${inIds(sql`d.key`, scope.tableIds)})`);
  return sql`(${sql.join(open, sql` or `)})`;
}
