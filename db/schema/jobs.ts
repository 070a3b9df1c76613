import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row per running job worker, refreshed on every beat; readiness reads the newest beat.
 * Rows of stopped workers are removed on a clean stop and by the purge job otherwise.
 */
export const jobWorkerHeartbeats = pgTable("job_worker_heartbeats", {
  workerId: text("worker_id").primaryKey(),
  /** `web` when the worker runs inside the web server, `worker` for `npm run worker`. */
  mode: text("mode").notNull(),
  pid: integer("pid").notNull(),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
  beatAt: timestamp("beat_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One row per run of a scheduled job: which worker ran it, when, and what it did. The job library
 * keeps its own records; these are read with the app's own queries and show that a scheduled job
 * ran once across all instances. Kept for 30 days.
 */
export const scheduledJobRuns = pgTable(
  "scheduled_job_runs",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    name: text("name").notNull(),
    workerId: text("worker_id").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    result: jsonb("result").$type<Record<string, unknown>>(),
  },
  (t) => [index("scheduled_job_runs_name_idx").on(t.name, t.startedAt)],
);

/**
 * What a scheduled job has already done to which subject (`consultation.closed` for a consultation
 * id, `kpi.established` for a year, …): the primary key makes each effect and its notices happen
 * once, also when two instances run the same job or a run is repeated after a crash.
 */
export const scheduledEffects = pgTable(
  "scheduled_effects",
  {
    effect: text("effect").notNull(),
    subjectId: text("subject_id").notNull(),
    doneAt: timestamp("done_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.effect, t.subjectId] })],
);
