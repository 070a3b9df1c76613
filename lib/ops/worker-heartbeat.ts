/**
 * The job worker's heartbeat as readiness sees it. The worker records when it last ran; until a worker
 * with a heartbeat exists, this reports that none is configured, which readiness accepts.
 */
export type WorkerHeartbeat =
  | { configured: false }
  | { configured: true; lastBeatAt: Date | null; /** Older than this is stale. */ maxAgeMs: number };

export function readWorkerHeartbeat(): Promise<WorkerHeartbeat> {
  return Promise.resolve({ configured: false });
}
