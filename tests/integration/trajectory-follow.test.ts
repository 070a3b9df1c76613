import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/connection";
import { auditLog, notifications, trajectories, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createConsultation, publishConsultation } from "@/lib/consultation/writes";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createMeeting } from "@/lib/meeting/writes";
import { publishMinutes } from "@/lib/minutes/publish";
import { reviewMinutes, saveMinutes, submitMinutes } from "@/lib/minutes/writes";
import { followState, setFollowing } from "@/lib/trajectory/follow";
import { moveTrajectoryPhase } from "@/lib/trajectory/writes";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { providerWorld } from "./fixtures";

const ORIGIN = "https://portaal.example.nl";

async function person(db: Database, email: string, role: "resident" | "officer"): Promise<Actor> {
  const [u] = await db.insert(users).values({ email, name: email, role }).returning();
  return { id: u!.id, name: email, email, role, providerId: null, membershipStatus: null, councilId: null };
}

const newsOf = (db: Database, userId: string) =>
  db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, "trajectory_update")));

describeEachDatabase("following a trajectory", (getDb) => {
  it("tells followers of an open consultation, published minutes and a phase change, and stops on unfollow", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-f1");
    const trajectoryId = w.input.trajectoryId;
    const anna = await person(db, "anna-f1@example.nl", "resident");
    const colleague = await person(db, "collega-f1@example.nl", "officer");
    const as = (actor: Actor) => ({ db, actor, origin: "test" });

    expect(await followState(db, anna, trajectoryId)).toEqual({ mayFollow: true, following: false });
    await setFollowing(as(anna), { trajectoryId, follow: "1" });
    await setFollowing(as(w.memberA), { trajectoryId, follow: "1" });
    expect(await followState(db, anna, trajectoryId)).toEqual({ mayFollow: true, following: true });
    await expect(setFollowing(w.ctx, { trajectoryId, follow: "1" })).rejects.toBeInstanceOf(ForbiddenError);

    // An invitation-only consultation is not news for followers; an open one is.
    const closed = await createConsultation(w.ctx, w.input);
    await publishConsultation(w.ctx, closed.id, ORIGIN);
    expect(await newsOf(db, anna.id)).toHaveLength(0);
    const open = await createConsultation(w.ctx, {
      ...w.input,
      title: "Open ronde",
      openness: "open",
      audience: "both",
    });
    await publishConsultation(w.ctx, open.id, ORIGIN);
    let news = await newsOf(db, anna.id);
    expect(news.map((n) => n.title)).toEqual(["Nieuwe marktconsultatie in een traject dat u volgt: Open ronde"]);
    // Trajectory news defaults to the daily digest.
    expect(news[0]).toMatchObject({ delivery: "digest", link: `${ORIGIN}/consultaties/${open.id}` });

    const startsAt = new Date(Date.now() - 3 * 3600_000);
    const { id: meetingId } = await createMeeting(w.ctx, {
      trajectoryId,
      consultationId: null,
      kind: "plenary",
      title: "Marktsessie",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3600_000),
      location: "Stadhuis",
      onlineUrl: null,
      agenda: "Opening",
    });
    const body = {
      type: "doc" as const,
      content: [
        { type: "paragraph" as const, content: [{ type: "text" as const, text: "Wij spraken over de wijk." }] },
      ],
    };
    await saveMinutes(w.ctx, {
      meetingId,
      revision: 0,
      document: body,
      dismissedFindings: [],
      publicFigures: [],
      confidentialTerms: [],
    });
    await submitMinutes(w.ctx, meetingId, ORIGIN);
    await reviewMinutes(as(colleague), { meetingId, decision: "approve", remarks: "" }, ORIGIN);
    await publishMinutes(w.ctx, { meetingId, changeNote: "" }, ORIGIN);
    news = await newsOf(db, anna.id);
    expect(news.map((n) => n.title)).toContain("Verslag gepubliceerd in een traject dat u volgt: Marktsessie");
    // Provider A is involved in the trajectory and got the minutes notice already: no second message.
    const aboutMinutes = (await db.select().from(notifications).where(eq(notifications.userId, w.memberA.id))).filter(
      (n) => n.link?.includes(`/bijeenkomsten/${meetingId}/`),
    );
    expect(aboutMinutes).toHaveLength(1);

    await moveTrajectoryPhase(w.ctx, { trajectoryId, from: "strategic_goals", to: "analysis" });
    news = await newsOf(db, anna.id);
    expect(news.find((n) => n.title.startsWith("Nieuwe fase"))?.body).toBe(
      'Het traject "Inkoop begeleiding" is nu in de fase Analyse.',
    );

    await setFollowing(as(anna), { trajectoryId, follow: "0" });
    await moveTrajectoryPhase(w.ctx, { trajectoryId, from: "analysis", to: "choices" });
    expect(await newsOf(db, anna.id)).toHaveLength(3);
    const audit = await db.select().from(auditLog).where(eq(auditLog.objectId, trajectoryId));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["trajectory.follow", "trajectory.unfollow"]));
  });

  it("keeps internal trajectories out of reach and tells no follower once a trajectory became internal", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-f2");
    const trajectoryId = w.input.trajectoryId;
    const anna = await person(db, "anna-f2@example.nl", "resident");
    await setFollowing({ db, actor: anna, origin: "test" }, { trajectoryId, follow: "1" });
    await db.update(trajectories).set({ visibility: "internal" }).where(eq(trajectories.id, trajectoryId));
    await expect(
      setFollowing({ db, actor: anna, origin: "test" }, { trajectoryId, follow: "1" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await followState(db, anna, trajectoryId)).toEqual({ mayFollow: false, following: false });
    await moveTrajectoryPhase(w.ctx, { trajectoryId, from: "strategic_goals", to: "analysis" });
    expect(await newsOf(db, anna.id)).toHaveLength(0);
  });
});
