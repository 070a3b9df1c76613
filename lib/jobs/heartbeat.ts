import { desc, eq, lt } from "drizzle-orm";
import { jobWorkerHeartbeats } from "@/db/schema";
import type { Executor } from "@/db/connection";

/** A worker beats this often; readiness calls a beat older than three intervals stale. */
export const HEARTBEAT_INTERVAL_MS = 15_000;
export const HEARTBEAT_STALE_MS = 3 * HEARTBEAT_INTERVAL_MS;

export type WorkerMode = "web" | "worker";

export async function beat(db: Executor, workerId: string, mode: WorkerMode, now = new Date()): Promise<void> {
  await db
    .insert(jobWorkerHeartbeats)
    .values({ workerId, mode, pid: process.pid, startedAt: now, beatAt: now })
    .onConflictDoUpdate({ target: jobWorkerHeartbeats.workerId, set: { beatAt: now } });
}

export async function removeHeartbeat(db: Executor, workerId: string): Promise<void> {
  await db.delete(jobWorkerHeartbeats).where(eq(jobWorkerHeartbeats.workerId, workerId));
}

/** Rows of workers that stopped without saying so (a crash, a killed container). */
export async function purgeStaleHeartbeats(db: Executor, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - 24 * 60 * 60_000);
  const rows = await db
    .delete(jobWorkerHeartbeats)
    .where(lt(jobWorkerHeartbeats.beatAt, cutoff))
    .returning({ id: jobWorkerHeartbeats.workerId });
  return rows.length;
}

export type WorkerHeartbeat = {
  /** Some job worker, in any instance, beat recently. */
  fresh: boolean;
  lastBeatAt: Date | null;
  ageMs: number | null;
  /** Workers that beat recently. */
  workers: number;
};

/** For readiness: is any job worker alive? One cheap query; it reveals no names or ids. */
export async function workerHeartbeat(db: Executor, now = new Date()): Promise<WorkerHeartbeat> {
  const rows = await db
    .select({ beatAt: jobWorkerHeartbeats.beatAt })
    .from(jobWorkerHeartbeats)
    .orderBy(desc(jobWorkerHeartbeats.beatAt))
    .limit(20);
  const last = rows[0]?.beatAt ?? null;
  const ageMs = last ? Math.max(0, now.getTime() - last.getTime()) : null;
  const workers = rows.filter((r) => now.getTime() - r.beatAt.getTime() <= HEARTBEAT_STALE_MS).length;
  return { fresh: workers > 0, lastBeatAt: last, ageMs, workers };
}
