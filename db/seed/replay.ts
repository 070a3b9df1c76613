import { sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Executor } from "@/db/connection";
import type { WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { SEED_ACTOR } from "./trajectories";

/**
 * The clock columns the portal's writes fill with "now" (the database's or the server's). The demo replays
 * its history through those writes at one moment, so each step moves these stamps to the step's moment.
 * Planned moments (opening, closing, start of a meeting, deadlines) are never touched. Published minutes
 * versions and published question rounds are append-only (the portal's role may not update them): publication
 * takes the step's moment.
 */
const STAMPED: Record<string, string[]> = {
  consultations: ["created_at", "updated_at", "published_at", "feedback_published_at"],
  consultation_invitations: ["invited_at", "opened_at", "reminded_at"],
  consultation_responses: ["updated_at", "submitted_at"],
  consultation_comments: ["created_at", "hidden_at"],
  comment_flags: ["created_at"],
  meetings: ["created_at", "invitations_sent_at"],
  meeting_invitees: ["attendance_recorded_at"],
  minutes: ["updated_at", "submitted_at", "reviewed_at"],
  table_compositions: ["proposed_at", "fixed_at"],
  table_composition_members: ["changed_at"],
  qa_questions: ["updated_at"],
  qa_rounds: ["created_at", "submitted_at", "reviewed_at"],
  kpi_data_imports: ["imported_at"],
  notifications: ["created_at"],
  outbox: ["created_at", "next_attempt_at"],
};

/** Links in the demo's notifications and e-mails point at the portal as `npm start` serves it. */
export const DEMO_ORIGIN = "http://localhost:3000";

export type DemoActors = Map<string, Actor>;
export type Replay = {
  /** Runs one write of the portal as `email` at `moment`, then dates what it stamped to that moment. */
  as<T>(email: string, moment: Date, write: (ctx: WriteContext & { actor: Actor }) => Promise<T>): Promise<T>;
  actor(email: string): Actor;
};

/** Every demo account as the policy sees it, by e-mail address. */
export async function loadActors(tx: Executor): Promise<DemoActors> {
  const rows = await tx.select().from(users);
  return new Map(
    rows.map((u) => [
      u.email,
      {
        id: u.id,
        name: u.name,
        email: u.email,
        role: u.role,
        providerId: u.providerId,
        membershipStatus: u.membershipStatus,
        councilId: u.councilId,
      },
    ]),
  );
}

async function restamp(tx: Executor, moment: Date, since: Date): Promise<void> {
  // One statement for all tables: the per-statement cost, not the rows, is what a step pays for. Moments go in
  // as ISO text, which both drivers bind the same way.
  const at = sql`${moment.toISOString()}::timestamptz`;
  const from = sql`${since.toISOString()}::timestamptz`;
  const updates = Object.entries(STAMPED).map(([table, columns], i) => {
    const sets = columns.map((c) => {
      const col = sql.identifier(c);
      return sql`${col} = CASE WHEN ${col} >= ${from} THEN ${at} ELSE ${col} END`;
    });
    const where = columns.map((c) => sql`${sql.identifier(c)} >= ${from}`);
    const update = sql`UPDATE ${sql.identifier(table)} SET ${sql.join(sets, sql`, `)}`;
    const filtered = sql`${update} WHERE ${sql.join(where, sql` OR `)}`;
    return sql`${sql.identifier(`step${i}`)} AS (${filtered} RETURNING 1)`;
  });
  await tx.execute(sql`WITH ${sql.join(updates, sql`, `)} SELECT 1`);
}

/**
 * Replays the demo's history through the portal's own writes, so every step leaves the audit entry, the
 * notifications and the e-mails the portal itself would have written, dated when the step happened.
 */
export async function createReplay(tx: Executor): Promise<Replay> {
  const actors = await loadActors(tx);
  const [row] = await tx
    .select({ now: sql<string>`now()::text` })
    .from(users)
    .limit(1);
  // Anything stamped from the start of the seed's transaction on was stamped by the step that just ran.
  const since = new Date(new Date(row!.now).getTime() - 5_000);
  const actor = (email: string) => {
    const found = actors.get(email);
    if (!found) throw new Error(`demodata: onbekend account ${email}`);
    return found;
  };
  return {
    actor,
    async as(email, moment, write) {
      if (moment >= since) throw new Error(`demodata: stap ligt niet in het verleden (${moment.toISOString()})`);
      const result = await write({ db: tx, actor: actor(email), origin: SEED_ACTOR.origin, at: moment });
      await restamp(tx, moment, since);
      return result;
    },
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A moment `days` from the start of today (UTC) at `hour`:`minute` UTC; the demo never expires. */
export function dayAt(now: Date, days: number, hour: number, minute = 0): Date {
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(start + days * DAY_MS + (hour * 60 + minute) * 60_000);
}
