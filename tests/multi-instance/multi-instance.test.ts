// Two production instances of the built app on one fresh PostgreSQL database, with a real SMTP server
// on loopback. Runs only with TEST_DATABASE_URL (a local server); scripts/test-all.sh runs it after its
// build step (`npm run test:multi`), and it builds the app itself when there is no build yet.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { and, eq, inArray, like, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/db/connection";
import { consultations, jobWorkerHeartbeats, outbox, regions, scheduledJobRuns, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/passwords";
import { beginSignIn, completeChallenge } from "@/lib/auth/sign-in-challenge";
import { createConsultation, inviteParticipants, publishConsultation } from "@/lib/consultation/writes";
import { notifyUsers } from "@/lib/messaging/outbox";
import { providerWorld } from "@/tests/integration/fixtures";
import {
  assertLoopback,
  ensureBuild,
  freePort,
  mergeCookies,
  startInstance,
  startSink,
  stopInstance,
  waitFor,
  type Delivery,
  type Instance,
} from "./support";

const serverUrl = process.env.TEST_DATABASE_URL;

/** One `npm run db:migrate` as its own process; resolves when it ends well. */
function migrateRun(databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/db-migrate.ts"],
      {
        env: { ...process.env, MIGRATION_DATABASE_URL: databaseUrl, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" },
        stdio: ["ignore", "inherit", "inherit"],
      },
    );
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`db:migrate ended with ${code}`))));
  });
}
const FROM_DOMAIN = "multi.example.nl";
const PASSWORD = "Meerdere-instanties-2026";

describe.skipIf(!serverUrl)("two instances on one database", () => {
  const name = `inkoop_multi_${randomBytes(5).toString("hex")}`;
  let admin: postgres.Sql;
  let db: Database;
  let sink: Awaited<ReturnType<typeof startSink>>;
  let sinkDelayMs = 5;
  let a: Instance;
  let b: Instance;
  let closingId = "";
  let databaseUrl = "";
  let participants: string[] = [];
  const officerEmail = "beheer@multi.example.nl";
  let officerId = "";

  beforeAll(async () => {
    assertLoopback(serverUrl!);
    ensureBuild();
    admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    // The schema comes from two `npm run db:migrate` runs started at once, as two deploy jobs might.
    await Promise.all([migrateRun(url.toString()), migrateRun(url.toString())]);
    db = await openDatabase({ databaseUrl: url.toString(), migrate: false });
    const [officer] = await db
      .insert(users)
      .values({
        email: officerEmail,
        name: "Beheerder Meervoud",
        role: "admin",
        passwordHash: await hashPassword(PASSWORD),
      })
      .returning({ id: users.id });
    officerId = officer!.id;

    // A consultation that has just closed: the scheduled closing job must close it and notify once.
    const w = await providerWorld(db, "-multi");
    const { id } = await createConsultation(w.ctx, { ...w.input, title: "Sluit tijdens de test" });
    await inviteParticipants(w.ctx, { consultationId: id, providerIds: [w.a.id, w.b.id], userIds: [] }, "http://x");
    await publishConsultation(w.ctx, id, "http://x");
    await db
      .update(consultations)
      .set({ closesAt: new Date(Date.now() - 1000) })
      .where(eq(consultations.id, id));
    closingId = id;
    participants = [w.memberA.email, w.memberB.email];

    const smtpPort = await freePort();
    sink = await startSink(smtpPort, () => sinkDelayMs);
    const [portA, portB] = [await freePort(), await freePort()];
    const env = (app: string): Record<string, string> => {
      const instanceUrl = new URL(url);
      // Each instance names its connections, so the test can drop exactly one instance's.
      instanceUrl.searchParams.set("application_name", app);
      return {
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: instanceUrl.toString(),
        AUTH_SECRET: "multi-instance-test-secret-0123456789abcdef",
        AUTH_URL: `http://127.0.0.1:${portA}`,
        SEED_DEMO: "0",
        SMTP_HOST: "127.0.0.1",
        SMTP_PORT: String(smtpPort),
        SMTP_FROM: `Inkoopdialoog <post@${FROM_DOMAIN}>`,
        MAIL_POLL_SECONDS: "1",
        MAIL_CLAIM_SECONDS: "8",
        DATABASE_POOL_SIZE: "4",
        SMTP_NAME: `${app}.${FROM_DOMAIN}`,
        // Longer than any wait below: a page that changes in time came through the change feed, not its expiry.
        PAGE_CACHE_SECONDS: "120",
      };
    };
    a = startInstance("a", portA, env("inkoop-a"));
    b = startInstance("b", portB, env("inkoop-b"));
    for (const instance of [a, b]) {
      await waitFor(
        `instance ${instance.name} to serve`,
        async () => (await fetch(`${instance.url}/`)).status === 200,
        120_000,
      ).catch((error: unknown) => {
        throw new Error(`${String(error)}\n${instance.output.join("")}`);
      });
    }
  }, 20 * 60_000);

  afterAll(async () => {
    for (const instance of [a, b]) if (instance) await stopInstance(instance);
    await sink?.close();
    await db?.$close();
    if (admin) {
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }, 60_000);

  // The password and second-factor steps have their own tests; here a sign-in that passed them is what
  // one instance turns into a session that the other must honour.
  async function passedChallenge(): Promise<string> {
    const { token } = await beginSignIn(db, { userId: officerId, role: "admin", method: "password" });
    await completeChallenge(db, token);
    return token;
  }

  async function signIn(instance: Instance): Promise<string> {
    const csrf = await fetch(`${instance.url}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookies = mergeCookies("", csrf);
    const response = await fetch(`${instance.url}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies, origin: instance.url },
      body: new URLSearchParams({ challenge: await passedChallenge(), csrfToken, callbackUrl: "/account" }),
    });
    const merged = mergeCookies(cookies, response);
    expect(merged).toContain("authjs.session-token=");
    return merged;
  }

  const accountPage = (instance: Instance, cookie: string) =>
    fetch(`${instance.url}/account`, { redirect: "manual", headers: cookie ? { cookie } : {} });

  async function queueMessages(count: number, tag: string): Promise<string[]> {
    const emails = Array.from({ length: count }, (_, i) => `${tag}-${i}@ontvanger.example.nl`);
    const rows = await db
      .insert(users)
      .values(emails.map((email) => ({ email, name: email, role: "resident" as const })))
      .returning({ id: users.id });
    // Each message in its own business transaction, as a write in either instance does it.
    await Promise.all(
      rows.map((r) => db.transaction((tx) => notifyUsers(tx, [r.id], { subject: `Bericht ${tag}`, body: "Tekst" }))),
    );
    return emails;
  }

  const deliveriesTo = (emails: string[]) => {
    const wanted = new Set(emails);
    return sink.received.filter((d) => wanted.has(d.to));
  };

  /** How many of these recipients received at least one message. */
  const reached = (emails: string[]) => new Set(deliveriesTo(emails).map((d) => d.to)).size;

  /** Every message reached its recipient; any repeat carried the same Message-ID, the one of its row. */
  async function expectDeliveredOnce(emails: string[], allowResend: boolean): Promise<Delivery[]> {
    const rows = await db.select().from(outbox).where(inArray(outbox.recipient, emails));
    expect(rows).toHaveLength(emails.length);
    expect(rows.every((r) => r.status === "sent")).toBe(true);
    const deliveries = deliveriesTo(emails);
    const byRecipient = new Map<string, Delivery[]>();
    for (const d of deliveries) byRecipient.set(d.to, [...(byRecipient.get(d.to) ?? []), d]);
    expect(byRecipient.size).toBe(emails.length);
    for (const row of rows) {
      const ids = new Set(byRecipient.get(row.recipient)!.map((d) => d.messageId));
      expect([...ids]).toEqual([`<${row.id}@${FROM_DOMAIN}>`]);
    }
    if (!allowResend) expect(deliveries).toHaveLength(emails.length);
    return deliveries;
  }

  it("honours a session made on one instance on the other", async () => {
    const cookie = await signIn(a);
    const onB = await accountPage(b, cookie);
    expect(onB.status).toBe(200);
    expect(await onB.text()).toContain("Beheerder Meervoud");
    expect((await accountPage(a, cookie)).status).toBe(200);
    const anonymous = await accountPage(b, "");
    expect([302, 303, 307]).toContain(anonymous.status);
    expect(anonymous.headers.get("location")).toContain("/inloggen");
  });

  it("delivers 200 messages queued while both run, each exactly once", async () => {
    const emails = [...(await queueMessages(100, "eerste")), ...(await queueMessages(100, "tweede"))];
    await waitFor("200 deliveries", () => reached(emails) === 200, 90_000);
    // Give a late duplicate the chance to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const delivered = await expectDeliveredOnce(emails, false);
    // Both instances' workers took part.
    expect(new Set(delivered.map((d) => d.from))).toEqual(
      new Set([`inkoop-a.${FROM_DOMAIN}`, `inkoop-b.${FROM_DOMAIN}`]),
    );
  });

  it("runs a scheduled job once across both instances", async () => {
    await waitFor(
      "the closing job",
      async () =>
        (await db.select({ state: consultations.state }).from(consultations).where(eq(consultations.id, closingId)))[0]
          ?.state === "closed",
      120_000,
    );
    await waitFor(
      "the closing notices",
      () => deliveriesTo(participants).filter((d) => d.subject.includes("gesloten")).length >= 2,
      30_000,
    );
    const notices = await db
      .select({ to: outbox.recipient })
      .from(outbox)
      .where(and(inArray(outbox.recipient, participants), like(outbox.subject, "Marktconsultatie gesloten%")));
    expect(notices.map((n) => n.to).sort()).toEqual([...participants].sort());
    // The job library made one job per cron moment: no two runs of one job share a minute.
    const runs = await db
      .select({
        name: scheduledJobRuns.name,
        minute: sql<string>`date_trunc('minute', ${scheduledJobRuns.startedAt})::text`,
        n: sql<number>`count(*)::int`,
        workers: sql<number>`count(distinct ${scheduledJobRuns.workerId})::int`,
      })
      .from(scheduledJobRuns)
      .groupBy(scheduledJobRuns.name, sql`2`);
    expect(runs.some((r) => r.name === "consultation-close")).toBe(true);
    expect(runs.filter((r) => r.n > 1)).toEqual([]);
  });

  it("shows a visitor a change at once on both instances, although they keep public pages", async () => {
    // The footer of the home page names the region's municipalities.
    const home = (instance: Instance) => fetch(`${instance.url}/`).then((r) => r.text());
    for (const instance of [a, b]) expect(await home(instance)).toContain("regio Regio-multi");
    // A change with the triggers switched off (only a superuser can) announces nothing: both instances go on
    // serving the page they kept, which shows that they keep it.
    const superuser = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      await superuser.begin(async (tx) => {
        await tx`set local session_replication_role = replica`;
        await tx`update regions set name = 'Regio-stil' where name = 'Regio-multi'`;
      });
    } finally {
      await superuser.end();
    }
    for (const instance of [a, b]) expect(await home(instance)).toContain("regio Regio-multi");
    // A change committed elsewhere (here straight in the database, as a third instance or the worker would)
    // reaches both at once, long before their kept pages expire.
    await db.update(regions).set({ name: "Regio-gewijzigd" }).where(eq(regions.name, "Regio-stil"));
    for (const instance of [a, b]) {
      await waitFor(
        `instance ${instance.name} to show the change`,
        async () => (await home(instance)).includes("regio Regio-gewijzigd"),
        5_000,
      );
    }
    await db.update(regions).set({ name: "Regio-multi" }).where(eq(regions.name, "Regio-gewijzigd"));
  });

  it("loses and doubles no message when one instance's connections drop mid-delivery, and recovers", async () => {
    const cookie = await signIn(a);
    sinkDelayMs = 40;
    const emails = await queueMessages(120, "onderbroken");
    // Drop instance a's connections while it is delivering: once it has sent some of these messages.
    await waitFor(
      "instance a delivering",
      () => deliveriesTo(emails).filter((d) => d.from === `inkoop-a.${FROM_DOMAIN}`).length >= 5,
      60_000,
    );
    const droppedAt = new Date();
    const dropped = await admin.unsafe<{ pid: number }[]>(
      `SELECT pg_terminate_backend(pid) AS pid FROM pg_stat_activity WHERE datname = $1 AND application_name = $2`,
      [name, "inkoop-a"],
    );
    expect(dropped.length).toBeGreaterThan(0);
    sinkDelayMs = 5;
    await waitFor("every interrupted message delivered", () => reached(emails) === emails.length, 90_000);
    await waitFor(
      "every interrupted message marked sent",
      async () =>
        (await db.select().from(outbox).where(inArray(outbox.recipient, emails))).every((r) => r.status === "sent"),
      60_000,
    );
    await expectDeliveredOnce(emails, true);

    // The instance lives on without a restart: it reads sessions from the database again and its worker beats.
    expect(a.process.exitCode).toBeNull();
    await waitFor(
      "instance a to read the database again",
      async () => (await accountPage(a, cookie)).status === 200,
      30_000,
    );
    await waitFor(
      "both workers to beat after the drop",
      async () =>
        (await db.select().from(jobWorkerHeartbeats)).filter((h) => h.beatAt.getTime() > droppedAt.getTime()).length >=
        2,
      45_000,
    );
    const after = await queueMessages(10, "na-herstel");
    await waitFor("mail after the drop", () => reached(after) === 10, 30_000);
  });
});
