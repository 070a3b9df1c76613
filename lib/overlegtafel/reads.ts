import {
  getComposition,
  getTableOrThrow,
  isRelevantTo,
  listExclusions,
  listSessions,
  listTables,
  productsWithoutSession,
  relevantProviders,
  tablesRelevantTo,
  attendanceHistory,
  exclusionEnds,
  type TableDetail,
} from "@/db/queries/overlegtafels";
import { getMeetingOrThrow, listMinutesVersions } from "@/db/queries/meetings";
import type { Executor } from "@/db/connection";
import { speakingFor, type Actor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { can } from "@/lib/policy";
import { exclusionEligibility } from "./exclusion";
import { amsterdamDay } from "@/lib/time/amsterdam";

/** Relevant providers that the attendance rule makes eligible for exclusion, unless already excluded. */
export async function flaggedProviders(
  db: Executor,
  table: { id: string; regionId: string; subregionId: string | null },
  now = new Date(),
) {
  const { providers } = await relevantProviders(db, table, now.getFullYear());
  const [history, ends, exclusions] = await Promise.all([
    attendanceHistory(
      db,
      table.id,
      now,
      providers.map((p) => p.id),
    ),
    exclusionEnds(db, table.id),
    listExclusions(db, table.id),
  ]);
  const today = amsterdamDay(now);
  // Absences before an earlier exclusion decision were dealt with by that decision.
  const settled = new Map<string, string>();
  for (const e of exclusions) {
    const day = amsterdamDay(e.decidedAt);
    if ((settled.get(e.providerId) ?? "") < day) settled.set(e.providerId, day);
  }
  return providers
    .filter((p) => !(ends.get(p.id) && ends.get(p.id)! > today))
    .map((p) => ({
      ...p,
      ...exclusionEligibility((history.get(p.id) ?? []).filter((r) => r.sessionDate > (settled.get(p.id) ?? ""))),
    }))
    .filter((p) => p.eligible);
}

/**
 * A table as a provider sees it: only when the subject is relevant to it (otherwise 404). Every
 * fixed session with who sits at the table, and for its own organisation whether and why.
 */
export async function loadTableForProvider(db: Executor, actor: Actor | null, tableId: string) {
  const table = await getTableOrThrow(db, tableId);
  const providerId = speakingFor(actor);
  if (!can(actor, "table.view", { relevant: await isRelevantTo(db, table, providerId) }))
    throw new NotFoundError("table");
  const sessions = await listSessions(db, table.id);
  const detailed = await Promise.all(
    sessions.map(async (s) => {
      const composition = s.status === "fixed" ? await getComposition(db, s.id) : null;
      const own = composition?.members.find((m) => m.providerId === providerId) ?? null;
      const versions = await listMinutesVersions(db, s.id);
      return { session: s, composition, own, latestVersion: versions.at(-1)?.version ?? null };
    }),
  );
  const exclusions = (await listExclusions(db, table.id)).filter((e) => e.providerId === providerId);
  return { table, sessions: detailed, exclusions, providerId };
}

/** The tables relevant to the provider this person speaks for. */
export async function listOwnTables(db: Executor, actor: Actor | null) {
  const providerId = speakingFor(actor);
  if (!can(actor, "table.list_own") || !providerId) throw new ForbiddenError("table.list_own");
  return tablesRelevantTo(db, providerId);
}

// The workspace (officers and administrators) sees every table with its composition. Its pages let
// only staff in; these reads say so again where the data is read.
function assertStaff(actor: Actor | null) {
  if (!can(actor, "table.list_all")) throw new ForbiddenError("table.list_all");
}

/** Every table, or those of one trajectory. */
export async function listTablesForStaff(db: Executor, actor: Actor | null, opts: { trajectoryId?: string } = {}) {
  assertStaff(actor);
  return listTables(db, opts);
}

export async function loadTableForStaff(db: Executor, actor: Actor | null, id: string) {
  assertStaff(actor);
  return getTableOrThrow(db, id);
}

/**
 * What the table's workspace page shows: relevant providers, sessions, exclusions, the providers the
 * attendance rule flags, and the products without a session this year.
 */
export async function loadTableOverviewForStaff(db: Executor, actor: Actor | null, table: TableDetail, now: Date) {
  assertStaff(actor);
  const year = now.getFullYear();
  const [relevant, sessions, exclusions, flagged, missing] = await Promise.all([
    relevantProviders(db, table, year),
    listSessions(db, table.id),
    listExclusions(db, table.id),
    flaggedProviders(db, table, now),
    productsWithoutSession(db, table, year),
  ]);
  return { relevant, sessions, exclusions, flagged, missing };
}

/** One session of a table with its composition; a meeting of another table is not found. */
export async function loadSessionForStaff(db: Executor, actor: Actor | null, tableId: string, meetingId: string) {
  assertStaff(actor);
  const table = await getTableOrThrow(db, tableId);
  const meeting = await getMeetingOrThrow(db, meetingId);
  if (meeting.tableId !== table.id) throw new NotFoundError("session");
  const [composition, exclusions] = await Promise.all([getComposition(db, meeting.id), listExclusions(db, table.id)]);
  return { table, meeting, composition, exclusions };
}

// Components take these shapes as props; they may not import db/ themselves.
export type { CompositionDetail, SessionRow, TableDetail } from "@/db/queries/overlegtafels";
