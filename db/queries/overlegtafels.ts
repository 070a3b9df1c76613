import { and, asc, desc, eq, gte, inArray, lt, ne } from "drizzle-orm";
import {
  consultationTableProducts,
  consultationTables,
  meetingInvitees,
  meetings,
  products,
  providerProducts,
  providers,
  providerSubregions,
  subregions,
  tableCompositionMembers,
  tableCompositions,
  tableExclusions,
  trajectories,
  type ConsultationTable,
} from "@/db/schema";
import type { Executor } from "@/db/connection";
import { NotFoundError } from "@/lib/errors";
import { homeSubregion } from "@/lib/overlegtafel/composition";
import { classificationsFor, thresholdsFor } from "./size-indicators";
import type { AttendanceRecord, SelectionInput, TableCandidate } from "@/lib/overlegtafel/types";
import { amsterdamDay } from "@/lib/time/amsterdam";

export async function getTableOrThrow(db: Executor, id: string) {
  const [row] = await db
    .select({ table: consultationTables, trajectoryTitle: trajectories.title, subregionName: subregions.name })
    .from(consultationTables)
    .innerJoin(trajectories, eq(trajectories.id, consultationTables.trajectoryId))
    .leftJoin(subregions, eq(subregions.id, consultationTables.subregionId))
    .where(eq(consultationTables.id, id));
  if (!row) throw new NotFoundError("table");
  const productRows = await db
    .select({ id: products.id, code: products.code, name: products.name })
    .from(consultationTableProducts)
    .innerJoin(products, eq(products.id, consultationTableProducts.productId))
    .where(eq(consultationTableProducts.tableId, id))
    .orderBy(asc(products.name));
  return {
    ...row.table,
    trajectoryTitle: row.trajectoryTitle,
    subregionName: row.subregionName,
    products: productRows,
  };
}
export type TableDetail = Awaited<ReturnType<typeof getTableOrThrow>>;

export const listTables = (db: Executor, opts: { trajectoryId?: string } = {}) =>
  db
    .select({
      id: consultationTables.id,
      title: consultationTables.title,
      subject: consultationTables.subject,
      regionId: consultationTables.regionId,
      subregionId: consultationTables.subregionId,
      trajectoryTitle: trajectories.title,
      subregionName: subregions.name,
    })
    .from(consultationTables)
    .innerJoin(trajectories, eq(trajectories.id, consultationTables.trajectoryId))
    .leftJoin(subregions, eq(subregions.id, consultationTables.subregionId))
    .where(opts.trajectoryId ? eq(consultationTables.trajectoryId, opts.trajectoryId) : undefined)
    .orderBy(asc(consultationTables.title));

/** The sub-regions a table covers: its own, or every sub-region of its region. */
export async function scopeOf(db: Executor, table: Pick<ConsultationTable, "regionId" | "subregionId">) {
  return db
    .select({ id: subregions.id, name: subregions.name })
    .from(subregions)
    .where(table.subregionId ? eq(subregions.id, table.subregionId) : eq(subregions.regionId, table.regionId))
    .orderBy(asc(subregions.name));
}

/**
 * The one definition of relevance: providers contracted for one of the table's products (any product
 * for a theme without products) and active in a sub-region of its scope, with those sub-regions.
 */
async function relevantRows(
  db: Executor,
  table: Pick<ConsultationTable, "id" | "regionId" | "subregionId">,
  onlyProviderId?: string,
) {
  const scope = await scopeOf(db, table);
  const productIds = (
    await db
      .select({ id: consultationTableProducts.productId })
      .from(consultationTableProducts)
      .where(eq(consultationTableProducts.tableId, table.id))
  ).map((r) => r.id);
  const scopeIds = scope.map((s) => s.id);
  if (scopeIds.length === 0) return { scope, rows: [] };
  const rows = await db
    .select({ id: providers.id, name: providers.name, subregionId: providerSubregions.subregionId })
    .from(providers)
    .innerJoin(providerSubregions, eq(providerSubregions.providerId, providers.id))
    .where(
      and(
        inArray(providerSubregions.subregionId, scopeIds),
        productIds.length
          ? inArray(
              providers.id,
              db
                .select({ id: providerProducts.providerId })
                .from(providerProducts)
                .where(inArray(providerProducts.productId, productIds)),
            )
          : undefined,
        onlyProviderId ? eq(providers.id, onlyProviderId) : undefined,
      ),
    );
  return { scope, rows };
}

/** The relevant providers of a table, each with its home sub-region and its size class for the year. */
export async function relevantProviders(
  db: Executor,
  table: Pick<ConsultationTable, "id" | "regionId" | "subregionId">,
  year: number,
) {
  const { scope, rows } = await relevantRows(db, table);
  const byProvider = new Map<string, { id: string; name: string; subregionIds: string[] }>();
  for (const r of rows) {
    const entry = byProvider.get(r.id) ?? { id: r.id, name: r.name, subregionIds: [] };
    entry.subregionIds.push(r.subregionId);
    byProvider.set(r.id, entry);
  }
  const classes = await classificationsFor(db, [...byProvider.keys()], year, await thresholdsFor(db, table.regionId));
  const names = new Map(scope.map((s) => [s.id, s.name]));
  const list = [...byProvider.values()].map((p) => {
    const subregionId = homeSubregion(p.subregionIds, scope)!;
    const cls = classes.get(p.id)!;
    return { id: p.id, name: p.name, subregionId, subregionName: names.get(subregionId) ?? "", ...cls };
  });
  return { scope, providers: list.sort((a, b) => a.name.localeCompare(b.name, "nl")) };
}
export type RelevantProvider = Awaited<ReturnType<typeof relevantProviders>>["providers"][number];

/** Every earlier session of the table, per provider: seated or not, and attendance as recorded. */
export async function attendanceHistory(
  db: Executor,
  tableId: string,
  before: Date,
  providerIds: string[],
  skipMeetingId?: string,
) {
  const sessions = await db
    .select({ id: meetings.id, startsAt: meetings.startsAt })
    .from(meetings)
    .where(
      and(
        eq(meetings.tableId, tableId),
        lt(meetings.startsAt, before),
        skipMeetingId ? ne(meetings.id, skipMeetingId) : undefined,
      ),
    )
    .orderBy(asc(meetings.startsAt));
  const history = new Map<string, AttendanceRecord[]>(providerIds.map((id) => [id, []]));
  if (sessions.length === 0 || providerIds.length === 0) return history;
  const seats = await db
    .select({
      meetingId: meetingInvitees.meetingId,
      providerId: meetingInvitees.providerId,
      attendance: meetingInvitees.attendance,
    })
    .from(meetingInvitees)
    .where(
      and(
        inArray(
          meetingInvitees.meetingId,
          sessions.map((s) => s.id),
        ),
        inArray(meetingInvitees.providerId, providerIds),
      ),
    );
  const seat = new Map(seats.map((s) => [`${s.meetingId}:${s.providerId}`, s]));
  for (const id of providerIds) {
    history.set(
      id,
      sessions.map((s) => {
        const found = seat.get(`${s.id}:${id}`);
        return {
          sessionDate: amsterdamDay(s.startsAt),
          invited: Boolean(found),
          status: found?.attendance ?? null,
        };
      }),
    );
  }
  return history;
}

/** The day an exclusion really ends: its date, or the day the officer lifted it if that is earlier. */
export const effectiveEnd = (e: { until: string; liftedAt: Date | null }) => {
  const lifted = e.liftedAt && amsterdamDay(e.liftedAt);
  return lifted && lifted < e.until ? lifted : e.until;
};

/** The latest exclusion end date per provider for this table, counting exclusions lifted early as ended then. */
export async function exclusionEnds(db: Executor, tableId: string) {
  const rows = await db
    .select({
      providerId: tableExclusions.providerId,
      until: tableExclusions.until,
      liftedAt: tableExclusions.liftedAt,
    })
    .from(tableExclusions)
    .where(eq(tableExclusions.tableId, tableId));
  const ends = new Map<string, string>();
  for (const r of rows) {
    const end = effectiveEnd(r);
    if (!ends.has(r.providerId) || end > ends.get(r.providerId)!) ends.set(r.providerId, end);
  }
  return ends;
}

export const listExclusions = async (db: Executor, tableId: string) =>
  (
    await db
      .select({
        id: tableExclusions.id,
        providerId: tableExclusions.providerId,
        providerName: providers.name,
        until: tableExclusions.until,
        reason: tableExclusions.reason,
        decidedAt: tableExclusions.decidedAt,
        liftedAt: tableExclusions.liftedAt,
        liftReason: tableExclusions.liftReason,
      })
      .from(tableExclusions)
      .innerJoin(providers, eq(providers.id, tableExclusions.providerId))
      .where(eq(tableExclusions.tableId, tableId))
      .orderBy(desc(tableExclusions.decidedAt))
  ).map((e) => ({ ...e, endsOn: effectiveEnd(e) }));

/** Everything `selectParticipants` needs for one session; the seed is added by the caller. */
export async function selectionInputFor(
  db: Executor,
  table: Pick<ConsultationTable, "id" | "regionId" | "subregionId">,
  session: { id: string; startsAt: Date },
) {
  const date = amsterdamDay(session.startsAt);
  const { scope, providers: relevant } = await relevantProviders(db, table, Number(date.slice(0, 4)));
  const ids = relevant.map((p) => p.id);
  const [history, ends] = await Promise.all([
    attendanceHistory(db, table.id, session.startsAt, ids, session.id),
    exclusionEnds(db, table.id),
  ]);
  const candidates: TableCandidate[] = relevant.map((p) => ({
    id: p.id,
    sizeClass: p.sizeClass,
    subregionId: p.subregionId,
    attendance: history.get(p.id) ?? [],
    excludedUntil: ends.get(p.id) ?? null,
  }));
  const input: Omit<SelectionInput, "seed"> = { providers: candidates, subregions: scope, date };
  return { input, relevant };
}

export const listSessions = (db: Executor, tableId: string) =>
  db
    .select({
      id: meetings.id,
      title: meetings.title,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      location: meetings.location,
      invitationsSentAt: meetings.invitationsSentAt,
      status: tableCompositions.status,
      seed: tableCompositions.seed,
    })
    .from(meetings)
    .leftJoin(tableCompositions, eq(tableCompositions.meetingId, meetings.id))
    .where(eq(meetings.tableId, tableId))
    .orderBy(asc(meetings.startsAt));
export type SessionRow = Awaited<ReturnType<typeof listSessions>>[number];

export async function getComposition(db: Executor, meetingId: string) {
  const [composition] = await db.select().from(tableCompositions).where(eq(tableCompositions.meetingId, meetingId));
  if (!composition) return null;
  const rows = await db
    .select({ member: tableCompositionMembers, providerName: providers.name, subregionName: subregions.name })
    .from(tableCompositionMembers)
    .innerJoin(providers, eq(providers.id, tableCompositionMembers.providerId))
    .innerJoin(subregions, eq(subregions.id, tableCompositionMembers.subregionId))
    .where(eq(tableCompositionMembers.meetingId, meetingId));
  const names = new Map(rows.map((r) => [r.member.providerId, r.providerName]));
  const members = rows
    .map((r) => ({
      ...r.member,
      providerName: r.providerName,
      subregionName: r.subregionName,
      replacementName: r.member.replacementProviderId ? (names.get(r.member.replacementProviderId) ?? null) : null,
    }))
    .sort((a, b) => Number(b.invited) - Number(a.invited) || a.providerName.localeCompare(b.providerName, "nl"));
  return { ...composition, members };
}
export type CompositionDetail = NonNullable<Awaited<ReturnType<typeof getComposition>>>;

/**
 * Products of the table without any table session in the given calendar year (the source asks one a year per product).
 */
export async function productsWithoutSession(db: Executor, table: TableDetail, year: number) {
  if (table.products.length === 0) return [];
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  const held = await db
    .selectDistinct({ productId: consultationTableProducts.productId })
    .from(meetings)
    .innerJoin(consultationTableProducts, eq(consultationTableProducts.tableId, meetings.tableId))
    .where(
      and(
        inArray(
          consultationTableProducts.productId,
          table.products.map((p) => p.id),
        ),
        gte(meetings.startsAt, from),
        lt(meetings.startsAt, to),
      ),
    );
  const had = new Set(held.map((h) => h.productId));
  return table.products.filter((p) => !had.has(p.id));
}

/** Tables for which this provider is relevant (it sees them, their composition and why it was or was not invited). */
export async function tablesRelevantTo(db: Executor, providerId: string) {
  const tables = await listTables(db);
  const out: typeof tables = [];
  for (const table of tables) if (await isRelevantTo(db, table, providerId)) out.push(table);
  return out;
}

/** Ids of the tables relevant to this provider, by the rule of `isRelevantTo`; none without a provider. */
export const relevantTableIds = async (db: Executor, providerId: string | null): Promise<string[]> =>
  providerId ? (await tablesRelevantTo(db, providerId)).map((t) => t.id) : [];

export async function isRelevantTo(
  db: Executor,
  table: Pick<ConsultationTable, "id" | "regionId" | "subregionId">,
  providerId: string | null,
): Promise<boolean> {
  if (!providerId) return false;
  return (await relevantRows(db, table, providerId)).rows.length > 0;
}

/** Providers relevant to any session-holding table, for the minutes of a table session. */
export async function relevantProviderIdsForMeeting(
  db: Executor,
  meeting: { tableId: string | null },
): Promise<string[]> {
  if (!meeting.tableId) return [];
  const [table] = await db.select().from(consultationTables).where(eq(consultationTables.id, meeting.tableId));
  if (!table) return [];
  return [...new Set((await relevantRows(db, table)).rows.map((r) => r.id))];
}
