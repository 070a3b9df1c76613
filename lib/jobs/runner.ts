import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { eq } from "drizzle-orm";
import type PgBoss from "pg-boss";
import { scheduledJobRuns } from "@/db/schema";
import type { Database } from "@/db/connection";
import { DEFAULT_CLAIM_MS, deliverDue, type MailTransport } from "@/lib/messaging/deliver";
import { createBoss } from "./boss";
import { beat, HEARTBEAT_INTERVAL_MS, removeHeartbeat, type WorkerMode } from "./heartbeat";
import { consoleJobLog, errorText, type JobLog } from "./log";
import { SCHEDULED_JOBS, type ScheduledJob } from "./schedule";

export const MAIL_QUEUE = "mail-deliver";
const ZONE = "Europe/Amsterdam";

export type JobWorkerOptions = {
  db: Database;
  databaseUrl?: string;
  mode: WorkerMode;
  /** Without a mail transport messages stay in the outbox (the admin page shows them). */
  mail: { transport: MailTransport; from: string } | null;
  siteUrl: string;
  mailPollSeconds?: number;
  claimMs?: number;
  poolSize?: number;
  jobs?: ScheduledJob[];
  log?: JobLog;
};

export type JobWorker = { workerId: string; boss: PgBoss; stop: () => Promise<void> };

/** Runs one scheduled job and writes its run record, so every run is visible with the app's own queries. */
async function runScheduled(
  o: JobWorkerOptions,
  workerId: string,
  job: ScheduledJob,
  log: JobLog,
): Promise<Record<string, unknown>> {
  const startedAt = new Date();
  const [run] = await o.db
    .insert(scheduledJobRuns)
    .values({ name: job.name, workerId, startedAt })
    .returning({ id: scheduledJobRuns.id });
  try {
    const result = await job.run({ db: o.db, now: startedAt, siteUrl: o.siteUrl });
    await o.db.update(scheduledJobRuns).set({ finishedAt: new Date(), result }).where(eq(scheduledJobRuns.id, run!.id));
    return result;
  } catch (error) {
    log("error", "scheduled job failed", { job: job.name, error: errorText(error) });
    await o.db
      .update(scheduledJobRuns)
      .set({ finishedAt: new Date(), result: { error: errorText(error) } })
      .where(eq(scheduledJobRuns.id, run!.id))
      .catch(() => undefined);
    // The job library retries it with backoff.
    throw error;
  }
}

/**
 * Starts the job worker: the queue (pg-boss) on the app's database, the scheduled jobs, mail
 * delivery and the heartbeat. Errors of the database or the mail server are logged and retried;
 * they never end the process.
 */
export async function startJobWorker(o: JobWorkerOptions): Promise<JobWorker> {
  const log = o.log ?? consoleJobLog;
  const workerId = `${o.mode}:${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const jobs = o.jobs ?? SCHEDULED_JOBS;
  const pollSeconds = o.mailPollSeconds ?? 5;
  const boss = createBoss({ db: o.db, databaseUrl: o.databaseUrl, poolSize: o.poolSize });
  boss.on("error", (error) => log("warn", "job queue error", { error: errorText(error) }));
  await boss.start();

  for (const job of jobs) {
    await boss.createQueue(job.name, {
      name: job.name,
      retryLimit: 3,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds: 600,
    });
    await boss.schedule(job.name, job.cron, {}, { tz: ZONE });
    await boss.work(job.name, { pollingIntervalSeconds: 5 }, async () => {
      await runScheduled(o, workerId, job, log);
    });
  }

  await boss.createQueue(MAIL_QUEUE, {
    name: MAIL_QUEUE,
    retryLimit: 5,
    retryDelay: 10,
    retryBackoff: true,
    expireInSeconds: 900,
  });
  const timers: NodeJS.Timeout[] = [];
  if (o.mail) {
    const { transport, from } = o.mail;
    await boss.work(MAIL_QUEUE, { pollingIntervalSeconds: Math.max(1, Math.min(pollSeconds, 5)) }, async () => {
      const result = await deliverDue(o.db, transport, from, { claimMs: o.claimMs ?? DEFAULT_CLAIM_MS });
      if (result.failed > 0) log("warn", "mail delivery attempts failed", result);
    });
    // One delivery run per interval for the whole cluster: the singleton key folds every instance's request into one.
    const requestDelivery = () =>
      boss
        .send(MAIL_QUEUE, {}, { singletonKey: MAIL_QUEUE, singletonSeconds: pollSeconds })
        .catch((error: unknown) => log("warn", "could not queue mail delivery", { error: errorText(error) }));
    void requestDelivery();
    timers.push(setInterval(() => void requestDelivery(), pollSeconds * 1000));
  } else {
    log("info", "no SMTP configured: e-mail stays in the outbox (beheer > uitgaande post)");
  }

  const heartbeat = () =>
    beat(o.db, workerId, o.mode).catch((error: unknown) =>
      log("warn", "heartbeat not written", { error: errorText(error) }),
    );
  await heartbeat();
  timers.push(setInterval(() => void heartbeat(), HEARTBEAT_INTERVAL_MS));
  for (const timer of timers) timer.unref();
  log("info", "job worker started", { mode: o.mode, jobs: jobs.length, mail: o.mail !== null });

  return {
    workerId,
    boss,
    stop: async () => {
      for (const timer of timers) clearInterval(timer);
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await removeHeartbeat(o.db, workerId).catch(() => undefined);
    },
  };
}
