import {
  getComposition,
  getTableOrThrow,
  isRelevantTo,
  listExclusions,
  listSessions,
  relevantProviders,
  attendanceHistory,
  exclusionEnds,
} from "@/db/queries/overlegtafels";
import { listMinutesVersions } from "@/db/queries/meetings";
import type { Executor } from "@/db/connection";
import { speakingFor, type Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
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
