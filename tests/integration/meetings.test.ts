import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, meetingInvitees, meetings, notifications, outbox } from "@/db/schema";
import { isInvolvedInTrajectory, listInvitees } from "@/db/queries/meetings";
import { createConsultation, inviteParticipants } from "@/lib/consultation/writes";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { cancelMeeting, editMeeting } from "@/lib/meeting/changes";
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
    // Once held, a meeting still takes invitees (to record who came), but sends no invitations any more.
    expect(
      await inviteToMeeting(w.ctx, { meetingId: past.id, providerIds: [w.b.id], userIds: [] }, ORIGIN, later),
    ).toBe(0);
    await expect(sendMeetingInvitations(w.ctx, past.id, ORIGIN, later)).rejects.toBeInstanceOf(DomainRuleError);
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

describeEachDatabase("meeting changes", (getDb) => {
  it("edits a meeting through the text gate and tells those already invited", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-m5");
    const { id } = await createMeeting(w.ctx, meetingInput(w.input.trajectoryId, 48));
    await inviteToMeeting(w.ctx, { meetingId: id, providerIds: [w.a.id], userIds: [] }, ORIGIN);
    await sendMeetingInvitations(w.ctx, id, ORIGIN);
    const changed = { ...meetingInput(w.input.trajectoryId, 72), meetingId: id, location: "Raadhuis Purmerend" };
    const { trajectoryId: _t, consultationId: _c, kind: _k, ...edit } = changed;
    // A personal detail in the agenda is refused unless kept on purpose, and the refusal is audited.
    await expect(
      editMeeting(w.ctx, { ...edit, agenda: "Opening\nBel mevrouw Jansen op 06-12345678" }, ORIGIN),
    ).rejects.toMatchObject({ field: "keepFindings" });
    expect(await editMeeting(w.ctx, edit, ORIGIN)).toBe(1);
    const [meeting] = await db.select().from(meetings).where(eq(meetings.id, id));
    expect(meeting).toMatchObject({ location: "Raadhuis Purmerend", startsAt: edit.startsAt });
    const mails = await db.select().from(outbox).where(eq(outbox.recipient, w.memberA.email));
    expect(mails.map((m) => m.subject)).toContain("Bijeenkomst gewijzigd: Marktsessie begeleiding");
    expect(mails.find((m) => m.subject.startsWith("Bijeenkomst gewijzigd"))?.body).toContain("Raadhuis Purmerend");
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.objectId, id), eq(auditLog.action, "meeting.edit")));
    expect(audit.map((a) => a.result).sort()).toEqual(["denied", "success"]);
  });

  it("cancels a meeting before it starts, with the reason to every invitee, and takes nothing after", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-m6");
    const { id } = await createMeeting(w.ctx, meetingInput(w.input.trajectoryId, 48));
    await inviteToMeeting(w.ctx, { meetingId: id, providerIds: [w.a.id], userIds: [] }, ORIGIN);
    await sendMeetingInvitations(w.ctx, id, ORIGIN);
    expect(await cancelMeeting(w.ctx, { meetingId: id, reason: "De zaal is niet beschikbaar." }, ORIGIN)).toBe(1);
    const [mail] = await db
      .select()
      .from(outbox)
      .where(
        and(eq(outbox.recipient, w.memberA.email), eq(outbox.subject, "Bijeenkomst afgezegd: Marktsessie begeleiding")),
      );
    expect(mail?.body).toContain("De zaal is niet beschikbaar.");
    await expect(cancelMeeting(w.ctx, { meetingId: id, reason: "Nog een keer afzeggen." }, ORIGIN)).rejects.toThrow(
      /afgezegd/,
    );
    await expect(inviteToMeeting(w.ctx, { meetingId: id, providerIds: [w.b.id], userIds: [] }, ORIGIN)).rejects.toThrow(
      /afgezegd/,
    );
    // A meeting that has begun is not called off.
    const started = await createMeeting(w.ctx, meetingInput(w.input.trajectoryId, -1));
    await expect(
      cancelMeeting(w.ctx, { meetingId: started.id, reason: "Te laat om af te zeggen." }, ORIGIN),
    ).rejects.toThrow(/al begonnen/);
  });

  it("takes invitees for a past meeting without inviting them, so their attendance can be recorded", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-m7");
    const past = await createMeeting(w.ctx, meetingInput(w.input.trajectoryId, -5));
    expect(await inviteToMeeting(w.ctx, { meetingId: past.id, providerIds: [w.a.id], userIds: [] }, ORIGIN)).toBe(1);
    expect(await db.select().from(notifications).where(eq(notifications.userId, w.memberA.id))).toHaveLength(0);
    const [invitee] = await listInvitees(db, past.id);
    expect(
      await recordAttendance(w.ctx, {
        meetingId: past.id,
        entries: [{ inviteeId: invitee!.id, attendance: "present", reason: null }],
      }),
    ).toBe(1);
  });
});
