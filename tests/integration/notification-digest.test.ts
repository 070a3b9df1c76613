import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/connection";
import { notificationPreferences, notifications, outbox, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { notifyUsers } from "@/lib/messaging/outbox";
import { sendDailyDigests } from "@/lib/notifications/digest";
import { loadPreferences, savePreferences } from "@/lib/notifications/preferences";
import { describeEachDatabase } from "@/tests/helpers/test-db";

const SITE = "https://portaal.example.nl";
// 1 March 2027: Amsterdam is at UTC+1, so 06:30 UTC is 07:30 there.
const at = (utc: string) => new Date(`2027-03-${utc}Z`);

async function person(db: Database, email: string, role: "resident" | "officer" = "resident"): Promise<Actor> {
  const [u] = await db.insert(users).values({ email, name: email, role }).returning();
  return { id: u!.id, name: email, email, role, providerId: null, membershipStatus: null, councilId: null };
}

async function notify(db: Database, who: Actor, kind: "comment_reply" | "general", subject: string, when: Date) {
  await db.transaction((tx) =>
    notifyUsers(tx, [who.id], { kind, subject, body: `Tekst ${subject}`, link: `${SITE}/x` }),
  );
  await db.update(notifications).set({ createdAt: when }).where(eq(notifications.title, subject));
}

const digestsTo = (db: Database, email: string) =>
  db
    .select()
    .from(outbox)
    .where(eq(outbox.recipient, email))
    .then((rows) => rows.filter((r) => r.subject.startsWith("Uw dagelijkse samenvatting")));

describeEachDatabase("daily digest", (getDb) => {
  it("sends one digest per person per Dutch day from the digest hour on, with what is waiting", async () => {
    const db = getDb();
    const anna = await person(db, "anna-d1@example.nl");
    const bram = await person(db, "bram-d1@example.nl");
    await savePreferences({ db, actor: anna, origin: "test" }, { kind_comment_reply: "digest" });
    expect((await loadPreferences(db, anna)).find((p) => p.kind === "comment_reply")?.delivery).toBe("digest");
    await notify(db, anna, "comment_reply", "Reactie een", at("01T08:00:00"));
    await notify(db, anna, "comment_reply", "Reactie twee", at("01T15:00:00"));
    await notify(db, anna, "general", "Uitnodiging", at("01T15:30:00"));
    await notify(db, bram, "comment_reply", "Reactie voor Bram", at("01T16:00:00"));
    // Immediate ones went to the outbox already; digest ones did not.
    expect((await db.select().from(outbox).where(eq(outbox.recipient, anna.email))).map((m) => m.subject)).toEqual([
      "Uitnodiging",
    ]);

    const ctx = (iso: string) => ({ db, now: at(iso), siteUrl: SITE });
    // 06:30 in Amsterdam on the 2nd: before the digest hour.
    expect(await sendDailyDigests(ctx("02T05:30:00"), 7)).toEqual({ sent: 0 });
    // 07:30 there; two runs at once and a repeated run send one digest.
    const runs = await Promise.all([sendDailyDigests(ctx("02T06:30:00"), 7), sendDailyDigests(ctx("02T06:30:00"), 7)]);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(1);
    expect(await sendDailyDigests(ctx("02T07:30:00"), 7)).toEqual({ sent: 0 });
    const [digest, ...more] = await digestsTo(db, anna.email);
    expect(more).toHaveLength(0);
    expect(digest!.subject).toBe("Uw dagelijkse samenvatting van Inkoopdialoog (2 meldingen)");
    expect(digest!.body.indexOf("Reactie een")).toBeLessThan(digest!.body.indexOf("Reactie twee"));
    expect(digest!.body).not.toContain("Uitnodiging");
    expect(digest!.body).toContain(`${SITE}/account#meldingen`);
    expect(await digestsTo(db, bram.email)).toHaveLength(0);

    // Later that day a new one waits for the next day's digest.
    await notify(db, anna, "comment_reply", "Reactie drie", at("02T10:00:00"));
    expect(await sendDailyDigests(ctx("02T11:00:00"), 7)).toEqual({ sent: 0 });
    expect(await sendDailyDigests(ctx("03T06:05:00"), 7)).toEqual({ sent: 1 });
    const digests = await digestsTo(db, anna.email);
    expect(digests).toHaveLength(2);
    expect(digests.map((d) => d.subject)).toContain("Uw dagelijkse samenvatting van Inkoopdialoog (1 melding)");
  });

  it("keeps security mail and off out of it, and stores no choice for a kind the person cannot receive", async () => {
    const db = getDb();
    const anna = await person(db, "anna-d2@example.nl");
    const ctx = { db, actor: anna, origin: "test" };
    await savePreferences(ctx, { kind_comment_reply: "off", kind_comment_reported: "immediate" });
    const kinds = (
      await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, anna.id))
    ).map((p) => [p.kind, p.delivery]);
    expect(kinds).toEqual([["comment_reply", "off"]]);
    await notify(db, anna, "comment_reply", "Stil", at("01T08:00:00"));
    const [note] = await db.select().from(notifications).where(eq(notifications.userId, anna.id));
    expect(note).toMatchObject({ delivery: "off", title: "Stil" });
    expect(await db.select().from(outbox).where(eq(outbox.recipient, anna.email))).toHaveLength(0);
    expect(await sendDailyDigests({ db, now: at("02T08:00:00"), siteUrl: SITE }, 7)).toEqual({ sent: 0 });
  });
});
