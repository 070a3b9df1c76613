import { eq, inArray } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/connection";
import { auditLog, outbox, users } from "@/db/schema";
import { retryDeadAsAdmin, retryDeadInput } from "@/lib/messaging/admin";
import { mailHealth } from "@/lib/messaging/health";
import { claimDue, deliverDue, retryDeadMessages, type MailTransport } from "@/lib/messaging/deliver";
import { MAX_ATTEMPTS, messageIdFor, retryDelayMs } from "@/lib/messaging/delivery-state";
import { notifyUsers } from "@/lib/messaging/outbox";
import { describeEachDatabase } from "@/tests/helpers/test-db";

const FROM = "Portaal <post@portaal.example.nl>";
type Sent = { to: string; messageId: string };

async function queue(db: Database, recipients: string[], subject: string) {
  const rows = await db
    .insert(users)
    .values(recipients.map((email) => ({ email, name: email, role: "resident" as const })))
    .returning();
  await db.transaction((tx) =>
    notifyUsers(
      tx,
      rows.map((r) => r.id),
      { subject, body: "Tekst", link: "https://x/y" },
    ),
  );
  return db.select().from(outbox).where(inArray(outbox.recipient, recipients));
}

const recording = (sent: Sent[], fail: (to: string) => boolean = () => false): MailTransport => ({
  sendMail: (m) => {
    if (fail(m.to)) return Promise.reject(new Error("550 mailbox unavailable"));
    sent.push({ to: m.to, messageId: m.messageId });
    return Promise.resolve();
  },
});

describeEachDatabase("outbox delivery", (getDb) => {
  it("sends due mail once with its own Message-ID and retries failures later with backoff", async () => {
    const db = getDb();
    const rows = await queue(db, ["ok-1@example.nl", "stuk-1@example.nl"], "Eerste");
    const sent: Sent[] = [];
    const transport = recording(sent, (to) => to.startsWith("stuk"));
    const now = new Date();
    expect(await deliverDue(db, transport, FROM, { now: () => now })).toEqual({ sent: 1, failed: 1 });
    const ok = rows.find((r) => r.recipient === "ok-1@example.nl")!;
    expect(sent).toEqual([{ to: "ok-1@example.nl", messageId: messageIdFor(ok.id, FROM) }]);
    expect(await deliverDue(db, transport, FROM, { now: () => now })).toEqual({ sent: 0, failed: 0 });
    const [sentRow] = await db.select().from(outbox).where(eq(outbox.id, ok.id));
    expect(sentRow).toMatchObject({ status: "sent", attempts: 1, claimExpiresAt: null });
    const [broken] = await db.select().from(outbox).where(eq(outbox.recipient, "stuk-1@example.nl"));
    expect(broken).toMatchObject({
      status: "pending",
      attempts: 1,
      sentAt: null,
      lastError: "550 mailbox unavailable",
    });
    expect(broken!.nextAttemptAt.getTime()).toBe(now.getTime() + retryDelayMs(1));
    const later = new Date(now.getTime() + retryDelayMs(1));
    expect(await deliverDue(db, transport, FROM, { now: () => later })).toEqual({ sent: 0, failed: 1 });
  });

  it("commits the claim before talking to the mail server and holds no lock while sending", async () => {
    const db = getDb();
    const [row] = await queue(db, ["lock-1@example.nl"], "Slot");
    const seen: string[] = [];
    const transport: MailTransport = {
      sendMail: async () => {
        // With a transaction still open this would wait (PGlite has one connection) or fail (NOWAIT).
        const rows = await db
          .select({ status: outbox.status })
          .from(outbox)
          .where(eq(outbox.id, row!.id))
          .for("update", { noWait: true });
        seen.push(...rows.map((r) => r.status));
      },
    };
    expect(await deliverDue(db, transport, FROM)).toMatchObject({ sent: 1 });
    expect(seen).toEqual(["sending"]);
  });

  it("sends a message again after a worker stopped mid-send, with the same Message-ID", async () => {
    const db = getDb();
    const [row] = await queue(db, ["crash-1@example.nl"], "Crash");
    const now = new Date();
    // A worker claims it, sends it and stops before writing down that it was sent.
    const claimed = await claimDue(db, now, 50, 60_000);
    expect(claimed.map((c) => c.id)).toContain(row!.id);
    const sent: Sent[] = [];
    expect(await deliverDue(db, recording(sent), FROM, { now: () => new Date(now.getTime() + 30_000) })).toEqual({
      sent: 0,
      failed: 0,
    });
    const afterExpiry = new Date(now.getTime() + 60_001);
    expect(await deliverDue(db, recording(sent), FROM, { now: () => afterExpiry })).toEqual({ sent: 1, failed: 0 });
    expect(sent).toEqual([{ to: "crash-1@example.nl", messageId: messageIdFor(row!.id, FROM) }]);
    const [final] = await db.select().from(outbox).where(eq(outbox.id, row!.id));
    expect(final).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("dead-letters after the last attempt, and an administrator's retry starts it over", async () => {
    const db = getDb();
    const [row] = await queue(db, ["dood-1@example.nl"], "Dood");
    // Other tests' messages share this database; count only this one's attempts.
    let attempts = 0;
    const transport: MailTransport = {
      sendMail: (m) => {
        if (m.to === "dood-1@example.nl") attempts++;
        return Promise.reject(new Error("421 try again later"));
      },
    };
    let now = new Date();
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await deliverDue(db, transport, FROM, { now: () => now });
      expect(attempts).toBe(i + 1);
      now = new Date(now.getTime() + retryDelayMs(i + 1));
    }
    const [dead] = await db.select().from(outbox).where(eq(outbox.id, row!.id));
    expect(dead).toMatchObject({ status: "dead", attempts: MAX_ATTEMPTS });
    expect(dead!.deadAt).not.toBeNull();
    await deliverDue(db, transport, FROM, { now: () => new Date(now.getTime() + 86_400_000) });
    expect(attempts).toBe(MAX_ATTEMPTS);
    const [admin] = await db
      .insert(users)
      .values({ email: "beheer-dood@example.nl", name: "Beheer", role: "admin" })
      .returning();
    const actor = { ...admin!, providerId: null, membershipStatus: null, councilId: null, role: "admin" as const };
    expect(retryDeadInput.safeParse({ messageId: "alles" }).success).toBe(false);
    expect(retryDeadInput.safeParse({ messageId: row!.id, status: "sent" }).success).toBe(false);
    expect(await retryDeadAsAdmin({ db, actor, origin: "test" }, { messageId: row!.id })).toBe(1);
    expect(await retryDeadMessages(db, [row!.id])).toBe(0);
    const audits = await db.select().from(auditLog).where(eq(auditLog.action, "outbox.retry"));
    expect(audits.map((a) => [a.actorId, a.objectId, a.details])).toEqual([[admin!.id, row!.id, { retried: 1 }]]);
    const sent: Sent[] = [];
    await deliverDue(db, recording(sent), FROM);
    expect(sent.filter((s) => s.to === "dood-1@example.nl").map((s) => s.messageId)).toEqual([
      messageIdFor(row!.id, FROM),
    ]);
    expect((await db.select().from(outbox).where(eq(outbox.id, row!.id)))[0]).toMatchObject({ status: "sent" });
  });

  it("two workers side by side deliver every message exactly once", async () => {
    const db = getDb();
    const recipients = Array.from({ length: 40 }, (_, i) => `samen-${i}@example.nl`);
    await queue(db, recipients, "Samen");
    const sent: Sent[] = [];
    const slow: MailTransport = {
      sendMail: async (m) => {
        await new Promise((resolve) => setTimeout(resolve, 2));
        sent.push({ to: m.to, messageId: m.messageId });
      },
    };
    const results = await Promise.all([
      deliverDue(db, slow, FROM, { batch: 3 }),
      deliverDue(db, slow, FROM, { batch: 3 }),
    ]);
    expect(results[0].sent + results[1].sent).toBe(40);
    expect(new Set(sent.map((s) => s.to)).size).toBe(40);
    expect(sent).toHaveLength(40);
  });

  it("gives a claimed message back unsent when its claim runs short behind a slow mail server", async () => {
    const db = getDb();
    const recipients = ["traag-1@example.nl", "traag-2@example.nl", "traag-3@example.nl", "traag-4@example.nl"];
    await queue(db, recipients, "Traag");
    const sent: { to: string; at: number }[] = [];
    const claims = new Map<string, number>();
    const slow: MailTransport = {
      sendMail: async (m) => {
        const at = Date.now();
        const [row] = await db.select().from(outbox).where(eq(outbox.recipient, m.to));
        claims.set(m.to, row!.claimExpiresAt!.getTime());
        await new Promise((resolve) => setTimeout(resolve, 100));
        sent.push({ to: m.to, at });
      },
    };
    // Claims of 450 ms leave 150 ms to start a send: the fourth of a batch is given back and claimed anew.
    await deliverDue(db, slow, FROM, { batch: 4, claimMs: 450 });
    expect(sent.map((s) => s.to).sort()).toEqual(recipients);
    expect(new Set(claims.values()).size).toBe(2);
    // Every send started with most of its claim left (a send never outlasts that in smtp.ts's timeouts).
    for (const s of sent) expect(s.at).toBeLessThan(claims.get(s.to)! - 100);
    const rows = await db.select().from(outbox).where(inArray(outbox.recipient, recipients));
    expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
  });

  it("reports delivery health as counts: waiting, late, retrying and dead", async () => {
    const db = getDb();
    const before = await mailHealth(db);
    const [row] = await queue(db, ["gezond-1@example.nl", "gezond-2@example.nl"], "Gezondheid");
    const now = new Date();
    await db.update(outbox).set({ status: "dead", deadAt: now }).where(eq(outbox.id, row!.id));
    const later = await mailHealth(db, new Date(now.getTime() + 11 * 60_000));
    expect(later.dead - before.dead).toBe(1);
    expect(later.waiting - before.waiting).toBe(1);
    expect(later.late).toBeGreaterThanOrEqual(1);
    expect((await mailHealth(db, now)).late).toBeLessThanOrEqual(later.late);
    expect(Object.keys(later).sort()).toEqual(["dead", "late", "retrying", "waiting"]);
  });

  it("skips disabled accounts when queueing", async () => {
    const db = getDb();
    const [off] = await db
      .insert(users)
      .values({ email: "uit@example.nl", name: "Uit", role: "resident", disabled: true })
      .returning();
    expect(await db.transaction((tx) => notifyUsers(tx, [off!.id], { subject: "x", body: "y" }))).toBe(0);
  });
});
