import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, users } from "@/db/schema";
import { listInvitees } from "@/db/queries/meetings";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { listRepliesForStaff, loadOwnReply, replyToInvitation } from "@/lib/meeting/replies";
import type { MeetingInput } from "@/lib/meeting/validation";
import { createMeeting, inviteToMeeting } from "@/lib/meeting/writes";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { providerWorld } from "./fixtures";

const HOUR = 3600_000;

const meetingInput = (trajectoryId: string, startsAt: Date): MeetingInput => ({
  trajectoryId,
  consultationId: null,
  kind: "plenary",
  title: "Marktsessie begeleiding",
  startsAt,
  endsAt: new Date(startsAt.getTime() + 2 * HOUR),
  location: "Stadhuis Zaandam, zaal 3",
  onlineUrl: null,
  agenda: "Opening\nRondvraag",
});

describeEachDatabase("accepting and declining a meeting invitation", (getDb) => {
  it("records the invitee's answer, the last one counting, and shows it to officers only", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-r1");
    const [r] = await db
      .insert(users)
      .values({ email: "inwoner-r1@example.nl", name: "Inwoner R1", role: "resident" })
      .returning();
    const resident: Actor = {
      id: r!.id,
      name: r!.name,
      email: r!.email,
      role: "resident",
      providerId: null,
      membershipStatus: null,
      councilId: null,
    };
    const { id } = await createMeeting(w.ctx, meetingInput(w.input.trajectoryId, new Date(Date.now() + 48 * HOUR)));
    await inviteToMeeting(w.ctx, { meetingId: id, providerIds: [w.a.id], userIds: [resident.id] }, "https://x");
    const as = (actor: Actor) => ({ db, actor, origin: "test" });

    expect(await loadOwnReply(db, w.memberA, id)).toBeNull();
    await replyToInvitation(as(w.memberA), { meetingId: id, reply: "accepted" });
    await replyToInvitation(as(resident), { meetingId: id, reply: "accepted" });
    await replyToInvitation(as(resident), { meetingId: id, reply: "declined" });
    expect(await loadOwnReply(db, resident, id)).toMatchObject({ reply: "declined", by: "Inwoner R1" });
    // A provider's answer is the organisation's.
    expect(await loadOwnReply(db, w.memberA, id)).toMatchObject({ reply: "accepted", by: w.memberA.name });

    await expect(replyToInvitation(as(w.memberB), { meetingId: id, reply: "accepted" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(replyToInvitation(w.ctx, { meetingId: id, reply: "accepted" })).rejects.toBeInstanceOf(NotFoundError);

    const invitees = await listInvitees(db, id);
    const replies = await listRepliesForStaff(
      db,
      w.ctx.actor,
      invitees.map((i) => i.id),
    );
    expect(invitees.map((i) => replies.get(i.id)?.reply).sort()).toEqual(["accepted", "declined"]);
    await expect(listRepliesForStaff(db, resident, [])).rejects.toBeInstanceOf(ForbiddenError);
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, "meeting.reply"));
    expect(audit).toHaveLength(3);

    // After the meeting has ended, nobody can answer any more.
    await expect(
      replyToInvitation(as(resident), { meetingId: id, reply: "accepted" }, new Date(Date.now() + 51 * HOUR)),
    ).rejects.toBeInstanceOf(DomainRuleError);
    expect(await loadOwnReply(db, resident, id)).toMatchObject({ reply: "declined" });
  });
});
