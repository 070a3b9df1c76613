import { asc, desc } from "drizzle-orm";
import { expect, it } from "vitest";
import { listNotifications, listDeadOutbox, listOutbox, NOTIFICATION_KEYS, OUTBOX_KEYS } from "@/db/queries/messaging";
import { listTrajectories, pageTrajectories, TRAJECTORY_KEYS } from "@/db/queries/trajectories";
import { listUsers, USER_KEYS } from "@/db/queries/users";
import { notifications, outbox, trajectories, users } from "@/db/schema";
import { kindsOf } from "@/lib/paging/keyset";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { minimalWorld } from "./fixtures";
import { tieTimestamps, walkAllPages } from "./paging-support";

const N = 201;

describeEachDatabase("lists page through every row", (getDb, _driver, getOwner) => {
  it("trajectories: row 201 is reachable, public and internal kept apart", async () => {
    const db = getDb();
    const { actor } = await minimalWorld(db, "-trajectories");
    await getOwner()
      .insert(trajectories)
      .values(
        Array.from({ length: N }, (_, i) => ({
          title: `Traject ${i + 1}`,
          summary: "Samenvatting",
          domain: "wmo" as const,
          procedureType: "sas" as const,
          legalStage: "preparation" as const,
          visibility: i % 10 === 0 ? ("internal" as const) : ("public" as const),
          createdBy: actor.id,
        })),
      );
    await tieTimestamps(getOwner(), "trajectories", "updated_at");
    const all = await walkAllPages(
      (r) => pageTrajectories(db, { includeInternal: true }, r, 20),
      kindsOf(TRAJECTORY_KEYS),
      (t) => t.id,
    );
    expect(all).toHaveLength(N);
    expect(all).toEqual((await listTrajectories(db, { includeInternal: true })).map((t) => t.id));
    const visible = await walkAllPages(
      (r) => pageTrajectories(db, { includeInternal: false }, r, 20),
      kindsOf(TRAJECTORY_KEYS),
      (t) => t.id,
    );
    expect(visible).toHaveLength(N - 21);
  });

  it("outbox and dead letters: row 201 is reachable", async () => {
    const db = getDb();
    await getOwner()
      .insert(outbox)
      .values(
        Array.from({ length: N }, (_, i) => ({
          recipient: `r${i}@example.nl`,
          subject: `Bericht ${i}`,
          body: "Tekst",
          status: i % 2 === 0 ? ("dead" as const) : ("sent" as const),
          deadAt: i % 4 === 0 ? new Date("2026-06-02T12:00:00Z") : null,
        })),
      );
    await tieTimestamps(getOwner(), "outbox", "created_at");
    const all = await walkAllPages(
      (r) => listOutbox(db, r, 25),
      kindsOf(OUTBOX_KEYS),
      (m) => m.message.id,
    );
    const expected = await db.select({ id: outbox.id }).from(outbox).orderBy(desc(outbox.createdAt), desc(outbox.id));
    expect(all).toEqual(expected.map((m) => m.id));
    const dead = await walkAllPages(
      (r) => listDeadOutbox(db, r, 25),
      kindsOf(OUTBOX_KEYS),
      (m) => m.message.id,
    );
    expect(dead).toHaveLength(101);
  });

  it("notifications: row 201 of one person is reachable, nobody else's shows", async () => {
    const db = getDb();
    const { actor } = await minimalWorld(db, "-notifications");
    const other = await minimalWorld(db, "-notifications-other");
    await getOwner()
      .insert(notifications)
      .values([
        ...Array.from({ length: N }, (_, i) => ({ userId: actor.id, title: `Melding ${i}`, body: "Tekst" })),
        { userId: other.actor.id, title: "Niet voor u", body: "Tekst" },
      ]);
    await tieTimestamps(getOwner(), "notifications", "created_at");
    const mine = await walkAllPages(
      (r) => listNotifications(db, actor.id, r, 50),
      kindsOf(NOTIFICATION_KEYS),
      (n) => n.notification.id,
    );
    expect(mine).toHaveLength(N);
  });

  it("users: account 201 is reachable, in role and name order with ties on the name", async () => {
    const db = getDb();
    await getOwner()
      .insert(users)
      .values(
        Array.from({ length: N }, (_, i) => ({
          email: `gebruiker${i}@example.nl`,
          name: `Gebruiker ${i % 7}`,
          role: i % 3 === 0 ? ("resident" as const) : ("provider_member" as const),
        })),
      );
    const total = (await db.select({ id: users.id }).from(users)).length;
    const all = await walkAllPages(
      (r) => listUsers(db, r, 30),
      kindsOf(USER_KEYS),
      (u) => u.id,
    );
    expect(all).toHaveLength(total);
    const expected = await db
      .select({ id: users.id })
      .from(users)
      .orderBy(asc(users.role), asc(users.name), asc(users.id));
    expect(all).toEqual(expected.map((u) => u.id));
  });
});
