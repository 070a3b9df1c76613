import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import type { Database } from "@/db/connection";
import { grantApplicationRights } from "@/db/roles";
import { outbox, scheduledJobRuns, users } from "@/db/schema";
import { installJobQueue } from "@/lib/jobs/boss";
import { workerHeartbeat } from "@/lib/jobs/heartbeat";
import { startJobWorker, type JobWorker } from "@/lib/jobs/runner";
import type { ScheduledJob } from "@/lib/jobs/schedule";
import type { MailTransport } from "@/lib/messaging/deliver";
import { notifyUsers } from "@/lib/messaging/outbox";
import { describeEachDatabase, type TestDriver } from "@/tests/helpers/test-db";

/** The URL of the test's own PostgreSQL database, for the job library's pool. */
async function urlOf(db: Database, driver: TestDriver): Promise<string | undefined> {
  if (driver === "pglite") return undefined;
  // postgres-js returns the rows themselves, PGlite an object holding them.
  const result: unknown = await db.execute(sql`select current_database() as name`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { name: string }[];
  const name = rows[0]!.name;
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

const until = async (check: () => Promise<boolean>, timeoutMs = 20_000) => {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("condition not met in time");
};

const quiet = () => undefined;
// postgres-js returns the rows themselves, PGlite an object holding them.
const rowsOf = <T>(result: unknown) => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

describeEachDatabase("job worker", (getDb, driver, getOwner) => {
  const workers: JobWorker[] = [];
  afterAll(async () => {
    for (const w of workers) await w.stop();
  });

  it("installs the job library's schema as a step of its own", async () => {
    const db = getDb();
    // As `npm run db:migrate` does: the schema is installed first, then the application role gets its rights
    // (here the test server's superuser installs it, so it also grants them).
    const url = await urlOf(db, driver);
    await installJobQueue({ db: getOwner(), databaseUrl: url });
    if (url) {
      const appRole = rowsOf<{ role: string }>(await db.execute(sql`select current_user as role`))[0]!.role;
      const superuser = postgres(url, { max: 1, onnotice: quiet });
      try {
        await grantApplicationRights(drizzle(superuser), appRole);
      } finally {
        await superuser.end();
      }
    }
    const result: unknown = await db.execute(sql`select version from pgboss.version`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { version: number }[];
    expect(rows).toHaveLength(1);
    expect(Number(rows[0]!.version)).toBeGreaterThan(0);
  });

  it("delivers queued mail through the queue, beats, and runs a scheduled job by its library", async () => {
    const db = getDb();
    const [u] = await db
      .insert(users)
      .values({ email: "wachtrij@example.nl", name: "W", role: "resident" })
      .returning();
    await db.transaction((tx) => notifyUsers(tx, [u!.id], { subject: "Via de wachtrij", body: "Tekst" }));
    const sent: string[] = [];
    const transport: MailTransport = {
      sendMail: (m) => Promise.resolve(void sent.push(`${m.to} ${m.messageId}`)),
    };
    let runs = 0;
    const probe: ScheduledJob = {
      name: "probe",
      cron: "* * * * *",
      run: () => Promise.resolve({ run: ++runs }),
    };
    const worker = await startJobWorker({
      db,
      databaseUrl: await urlOf(db, driver),
      mode: "worker",
      mail: { transport, from: "post@example.nl" },
      siteUrl: "http://localhost",
      mailPollSeconds: 1,
      jobs: [probe],
      log: quiet,
    });
    workers.push(worker);
    expect((await workerHeartbeat(db)).fresh).toBe(true);
    await until(() => Promise.resolve(sent.length === 1));
    const [row] = await db.select().from(outbox).where(eq(outbox.recipient, "wachtrij@example.nl"));
    expect(row).toMatchObject({ status: "sent" });
    expect(sent[0]).toBe(`wachtrij@example.nl <${row!.id}@example.nl>`);
    // A scheduled job, sent by hand (the cron moment is up to a minute away), runs through its worker.
    await worker.boss.send("probe", {});
    await until(
      async () => (await db.select().from(scheduledJobRuns).where(eq(scheduledJobRuns.name, "probe"))).length > 0,
    );
    const [run] = await db.select().from(scheduledJobRuns).where(eq(scheduledJobRuns.name, "probe"));
    expect(run).toMatchObject({ workerId: worker.workerId, result: { run: 1 } });
    expect(run!.finishedAt).not.toBeNull();
    await worker.stop();
    workers.pop();
    expect((await workerHeartbeat(db)).fresh).toBe(false);
    // The app's own queries still work on the shared connection afterwards.
    expect(
      await db
        .select()
        .from(users)
        .where(inArray(users.id, [u!.id])),
    ).toHaveLength(1);
  });
});
