/**
 * The change feed: every committed change to a table the portal shows is announced on one channel with the
 * table's name (migration 0039, a statement trigger on each table), so every instance can empty its caches at
 * once instead of waiting for them to expire.
 */
export const CHANGE_CHANNEL = "inkoop_changes";

/**
 * Tables without the trigger: who did what, sessions and sign-in steps, throttles, the job queue and the outbox.
 * None of them changes a page anyone else sees, and they change with nearly every request. The search documents
 * change only with a table that announces itself. A new table gets the trigger in its own migration, or a place
 * here (tests/integration/change-feed.test.ts checks both).
 */
export const UNWATCHED_TABLES = [
  "audit_log",
  "user_sessions",
  "sign_in_challenges",
  "auth_throttle",
  "post_budget",
  "account_tokens",
  "recovery_codes",
  "user_totp",
  "job_worker_heartbeats",
  "scheduled_job_runs",
  "scheduled_effects",
  "outbox",
  "notifications",
  "notification_preferences",
  "search_documents",
] as const;

export type ChangeHandlers = {
  /** A transaction that changed `table` committed (several tables: one call each). */
  onChange: (table: string) => void;
  /** The feed listens (again): anything missed before now is unknown, so caches start afresh. */
  onListening: () => void;
  /** The connection that listens was lost; it is being restored. */
  onLost: () => void;
};

type PgliteClient = { listen: (channel: string, callback: (payload: string) => void) => Promise<() => Promise<void>> };

/** Listens on embedded PGlite, where the process that writes is the process that listens. */
export async function listenOnPglite(client: PgliteClient, handlers: ChangeHandlers): Promise<() => Promise<void>> {
  const unlisten = await client.listen(CHANGE_CHANNEL, handlers.onChange);
  handlers.onListening();
  return unlisten;
}

const RETRY_MS = 1000;

/**
 * Listens on PostgreSQL over a connection of its own, outside the pool. When it drops, the caches are told
 * (`onLost`), and it listens again as soon as the server answers. Returns at once; the first LISTEN may still
 * be under way.
 */
export async function listenOnPostgres(databaseUrl: string, handlers: ChangeHandlers): Promise<() => Promise<void>> {
  const { default: postgres } = await import("postgres");
  let stopped = false;
  let subscribing = false;
  const subscribe = async () => {
    if (subscribing) return;
    subscribing = true;
    while (!stopped) {
      try {
        await listener.unsafe(`listen ${CHANGE_CHANNEL}`);
        if (!stopped) handlers.onListening();
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS).unref());
      }
    }
    subscribing = false;
  };
  const listener = postgres(databaseUrl, {
    // One connection that stays: an idle timeout or a lifetime would end the LISTEN and empty the caches.
    max: 1,
    idle_timeout: undefined,
    max_lifetime: null,
    fetch_types: false,
    onnotice: () => {},
    onnotify: (channel: string, payload: string) => {
      if (channel === CHANGE_CHANNEL) handlers.onChange(payload);
    },
    onclose: () => {
      if (stopped) return;
      handlers.onLost();
      void subscribe();
    },
  } as Parameters<typeof postgres>[1]);
  void subscribe();
  return async () => {
    stopped = true;
    await listener.end({ timeout: 1 });
  };
}
