import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { meetingInvitees, notifications, outbox } from "@/db/schema";
import { isInvolvedInTrajectory, listInvitees } from "@/db/queries/meetings";
import { createConsultation, inviteParticipants } from "@/lib/consultation/writes";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { loadMeetingFor } from "@/lib/meeting/reads";
import { createMeeting, inviteToMeeting, recordAttendance, sendMeetingInvitations } from "@/lib/meeting/writes";
import type { MeetingInput } from "@/lib/meeting/validation";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { providerWorld } from "./fixtures";

const ORIGIN = "https://portaal.example";
const HOUR = 3600_000;

function meetingInput(trajectoryId: string, startsInHours: number, extra: Partial<MeetingInput> = {}): MeetingInput {
  const startsAt = new Date(Date.now() + startsInHours * HOUR);
  return {
    trajectoryId,
    consultationId: null,
    kind: "plenary",
    title: "Marktsessie begeleiding",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * HOUR),
    location: "Stadhuis Zaandam, zaal 3",
    onlineUrl: null,
    agenda: "Opening\nTerugblik\nRondvraag",
    ...extra,
  };
}

describeEachDatabase("meetings", (getDb) => {
  it("an oral consultation's session starts with its invitees; invitations go out at once with date, place and agenda", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-m1");
    const { id: consultationId } = await createConsultation(w.ctx, { ...w.input, form: "oral" });
    await inviteParticipants(w.ctx, { consultationId, providerIds: [w.a.id], userIds: [] }, ORIGIN);
    const { id } = await createMeeting(w.ctx, meetingInput(w.input.trajectoryId, 48, { consultationId }));
    expect((await listInvitees(db, id)).map((i) => i.providerId)).toEqual([w.a.id]);
    expect(await sendMeetingInvitations(w.ctx, id, ORIGIN)).toBe(1);
    const [mail] = await db.select().from(outbox).where(eq(outbox.recipient, w.memberA.email));
    expect(mail?.subject).toBe("Uitnodiging: Marktsessie begeleiding");
    expect(mail?.body).toContain("Stadhuis Zaandam, zaal 3");
    expect(mail?.body).toContain("Terugblik");
    expect(mail?.body).toContain(`${ORIGIN}/bijeenkomsten/${id}`);
    // Added after sending: invited at once; adding again changes nothing.
    expect(await inviteToMeeting(w.ctx, { meetingId: id, providerIds: [w.b.id, w.a.id], userIds: [] }, ORIGIN)).toBe(1);
    expect(await db.select().from(notifications).where(eq(notifications.userId, w.memberB.id))).toHaveLength(1);
  });

  it("refuses a session for a written consultation", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-m2");
    const { id: consultationId } = await createConsultation(w.ctx, w.input);
    await expect(
      createMeeting(w.ctx, meetingInput(w.input.trajectoryId, 48, { consultationId })),
    ).rejects.toBeInstanceOf(DomainRuleError);
  });

  it("records attendance only after the start and only for its own invitees", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-m3");
    const future = await createMeeting(w.ctx, meetingInput(w.input.trajectoryId, 24));
    await inviteToMeeting(w.ctx, { meetingId: future.id, providerIds: [w.a.id], userIds: [] }, ORIGIN);
    const [early] = await listInvitees(db, future.id);
    await expect(
      recordAttendance(w.ctx, {
        meetingId: future.id,
        entries: [{ inviteeId: early!.id, attendance: "present", reason: null }],
      }),
    ).rejects.toThrow(/pas worden vastgelegd/);

    const past = await createMeeting(w.ctx, meetingInput(w.input.trajectoryId, 1));
    await inviteToMeeting(w.ctx, { meetingId: past.id, providerIds: [w.a.id, w.b.id], userIds: [] }, ORIGIN);
    const [a, b] = (await listInvitees(db, past.id)).sort((x, y) =>
      x.providerId === w.a.id ? -1 : y.providerId === w.a.id ? 1 : 0,
    );
    const later = new Date(Date.now() + 3 * HOUR);
    const saved = await recordAttendance(
      w.ctx,
      {
        meetingId: past.id,
        entries: [
          { inviteeId: a!.id, attendance: "absent_with_reason", reason: "Ziek" },
          { inviteeId: b!.id, attendance: "absent_without_reason", reason: null },
          { inviteeId: early!.id, attendance: "present", reason: null },
        ],
      },
      later,
    );
    expect(saved).toBe(2);
    const rows = await db.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, past.id));
    expect(rows.map((r) => r.attendance).sort()).toEqual(["absent_with_reason", "absent_without_reason"]);
    expect(
      (await db.select().from(meetingInvitees).where(eq(meetingInvitees.id, early!.id)))[0]?.attendance,
    ).toBeNull();
    await expect(
      inviteToMeeting(w.ctx, { meetingId: past.id, providerIds: [w.b.id], userIds: [] }, ORIGIN, later),
    ).rejects.toBeInstanceOf(DomainRuleError);
  });

  it("hides a meeting from people who are not invited (404) and shows it to invitees", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-m4");
    const { id } = await createMeeting(w.ctx, meetingInput(w.input.trajectoryId, 24));
    await inviteToMeeting(w.ctx, { meetingId: id, providerIds: [w.a.id], userIds: [] }, ORIGIN);
    expect((await loadMeetingFor(db, w.memberA, id)).mayJoin).toBe(true);
    await expect(loadMeetingFor(db, w.memberB, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadMeetingFor(db, null, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await isInvolvedInTrajectory(db, w.input.trajectoryId, { userId: w.memberA.id, providerId: w.a.id })).toBe(
      true,
    );
    expect(await isInvolvedInTrajectory(db, w.input.trajectoryId, { userId: w.memberB.id, providerId: w.b.id })).toBe(
      false,
    );
  });
});
