import "server-only";
import { getDb } from "@/db/client";
import { smtpFromEnv } from "@/lib/messaging/smtp";
import type { WorkerMode } from "./heartbeat";
import { consoleJobLog, errorText } from "./log";
import { startJobWorker, type JobWorker } from "./runner";
import { jobSettings } from "./settings";

const globalForJobs = globalThis as unknown as { __inkoopJobs?: Promise<JobWorker | null> };

/** Starts the worker with the settings from the environment; a failed start is retried with backoff. */
export async function startJobWorkerFromEnv(mode: WorkerMode): Promise<JobWorker> {
  const settings = jobSettings();
  for (let attempt = 0; ; attempt++) {
    try {
      return await startJobWorker({
        db: await getDb(),
        databaseUrl: process.env.DATABASE_URL,
        mode,
        mail: smtpFromEnv(),
        siteUrl: settings.siteUrl,
        mailPollSeconds: settings.mailPollSeconds,
        claimMs: settings.claimMs,
        poolSize: settings.poolSize,
      });
    } catch (error) {
      const waitMs = Math.min(60_000, 2_000 * 2 ** attempt);
      consoleJobLog("error", "job worker did not start; retrying", { error: errorText(error), retryInMs: waitMs });
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}

/**
 * The worker inside the web server (the default; JOBS_IN_WEB=0 leaves it to `npm run worker`). It
 * starts in the background: the site serves pages while the database is still unreachable.
 */
export function startJobsInWebProcess(): void {
  if (!jobSettings().inWeb) {
    consoleJobLog("info", "JOBS_IN_WEB=0: no job worker in the web server; run `npm run worker`");
    return;
  }
  globalForJobs.__inkoopJobs ??= startJobWorkerFromEnv("web");
}
