/** Delay before retry `attempt` (1-based): doubling from `initialMs`, capped at `maxMs`, with up to 20% jitter. */
export function backoffDelay(attempt: number, { initialMs = 1000, maxMs = 30_000, random = Math.random } = {}): number {
  const base = Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.2 * random()));
}

type RetryOptions = {
  /** Errors no retry can fix end the loop (they are rethrown). */
  isFatal?: (error: unknown) => boolean;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  initialMs?: number;
  maxMs?: number;
  sleep?: (ms: number) => Promise<void>;
};

/** Runs `work` until it succeeds, waiting longer after each failure. */
export async function retryWithBackoff<T>(work: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref()));
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (options.isFatal?.(error)) throw error;
      const delay = backoffDelay(attempt, options);
      options.onRetry?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}
