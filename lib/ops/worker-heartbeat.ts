import type { Executor } from "@/db/connection";
import { HEARTBEAT_STALE_MS, workerHeartbeat } from "@/lib/jobs/heartbeat";
import { jobsRunInWeb } from "@/lib/jobs/settings";

/**
 * The job worker's heartbeat as readiness sees it. A worker is expected when this web process runs one
 * (the default) or when any worker has ever beaten; with JOBS_IN_WEB=0 and no `npm run worker` yet, none
 * is configured, which readiness accepts.
 */
export type WorkerHeartbeat =
  | { configured: false }
  | { configured: true; lastBeatAt: Date | null; /** Older than this is stale. */ maxAgeMs: number };

export async function readWorkerHeartbeat(db: Executor, env = process.env): Promise<WorkerHeartbeat> {
  const beat = await workerHeartbeat(db);
  if (!jobsRunInWeb(env) && beat.lastBeatAt === null) return { configured: false };
  return { configured: true, lastBeatAt: beat.lastBeatAt, maxAgeMs: HEARTBEAT_STALE_MS };
}
