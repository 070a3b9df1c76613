import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { outbox, users } from "@/db/schema";
import { deliverPending, MAX_ATTEMPTS, retryDelayMs, type MailTransport } from "@/lib/messaging/deliver";
import { notifyUsers } from "@/lib/messaging/outbox";
import { describeEachDatabase } from "@/tests/helpers/test-db";

describeEachDatabase("outbox delivery", (getDb) => {
  it("sends due mail once and retries failures later", async () => {
    const db = getDb();
    const [u1, u2] = await db
      .insert(users)
      .values([
        { email: "ok@example.nl", name: "Ok", role: "resident" },
        { email: "stuk@example.nl", name: "Stuk", role: "resident" },
      ])
      .returning();
    await db.transaction((tx) =>
      notifyUsers(tx, [u1!.id, u2!.id], { subject: "Onderwerp", body: "Tekst", link: "https://x/y" }),
    );
    const sentTo: string[] = [];
    const transport: MailTransport = {
      sendMail: async (m) => {
        if (m.to === "stuk@example.nl") throw new Error("550 mailbox unavailable");
        sentTo.push(m.to);
      },
    };
    const now = new Date();
    expect(await deliverPending(db, transport, "portaal@x", now)).toEqual({ sent: 1, failed: 1 });
    expect(sentTo).toEqual(["ok@example.nl"]);
    expect(await deliverPending(db, transport, "portaal@x", now)).toEqual({ sent: 0, failed: 0 });
    const [broken] = await db.select().from(outbox).where(eq(outbox.recipient, "stuk@example.nl"));
    expect(broken).toMatchObject({ attempts: 1, sentAt: null, lastError: "550 mailbox unavailable" });
    expect(broken!.nextAttemptAt.getTime()).toBe(now.getTime() + retryDelayMs(1));
    expect(await deliverPending(db, transport, "portaal@x", new Date(now.getTime() + retryDelayMs(1)))).toEqual({
      sent: 0,
      failed: 1,
    });
  });

  it("gives up after the maximum number of attempts and skips disabled accounts", async () => {
    expect(retryDelayMs(1)).toBe(60_000);
    expect(retryDelayMs(3)).toBe(240_000);
    expect(retryDelayMs(40)).toBe(86_400_000);
    expect(MAX_ATTEMPTS).toBeGreaterThan(3);
    const db = getDb();
    const [off] = await db
      .insert(users)
      .values({ email: "uit@example.nl", name: "Uit", role: "resident", disabled: true })
      .returning();
    expect(await db.transaction((tx) => notifyUsers(tx, [off!.id], { subject: "x", body: "y" }))).toBe(0);
  });
});
