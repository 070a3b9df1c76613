import { and, eq, inArray } from "drizzle-orm";
import {
  consultationInvitations,
  consultations,
  meetingInvitees,
  meetings,
  providers,
  trajectories,
  users,
} from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { notifyUsers, speakersFor } from "@/lib/messaging/outbox";
import { t } from "@/lib/i18n";
import { invitationMessage } from "./messages";
import { meetingTextFindings, meetingTextMessage } from "./text-gate";
import type { AttendanceInput, MeetingInput } from "./validation";

type Ctx = WriteContext & { actor: Actor };
type Invitee = { providerId: string | null; userId: string | null };

/** Creates a meeting; a session of an oral consultation starts with that consultation's invitees. */
export async function createMeeting(ctx: Ctx, withDecision: MeetingInput): Promise<{ id: string }> {
  const { keepFindings, ...input } = withDecision;
  // Title, agenda and place reach invitees: they pass the publication gate for plain texts.
  const findings = meetingTextFindings(input);
  if (findings.length && !keepFindings) {
    await recordAudit(ctx, {
      action: "meeting.create",
      objectType: "trajectory",
      objectId: input.trajectoryId,
      trajectoryId: input.trajectoryId,
      result: "denied",
      details: { reason: "sensitive_text", kinds: findings.map((f) => f.kind) },
    });
    throw new DomainRuleError(meetingTextMessage(findings), "keepFindings");
  }
  return ctx.db.transaction(async (tx) => {
    const [trajectory] = await tx
      .select({ id: trajectories.id })
      .from(trajectories)
      .where(eq(trajectories.id, input.trajectoryId));
    if (!trajectory) throw new NotFoundError("trajectory");
    let inherited: Invitee[] = [];
    if (input.consultationId) {
      const [c] = await tx.select().from(consultations).where(eq(consultations.id, input.consultationId));
      if (!c || c.trajectoryId !== input.trajectoryId) throw new NotFoundError("consultation");
      if (c.form !== "oral") throw new DomainRuleError(t("meeting.onlyOralConsultation"), "consultationId");
      inherited = await tx
        .select({ providerId: consultationInvitations.providerId, userId: consultationInvitations.userId })
        .from(consultationInvitations)
        .where(eq(consultationInvitations.consultationId, c.id));
    }
    const [row] = await tx
      .insert(meetings)
      .values({ ...input, createdBy: ctx.actor.id })
      .returning({ id: meetings.id });
    if (!row) throw new Error("meeting insert returned nothing");
    if (inherited.length) await tx.insert(meetingInvitees).values(inherited.map((i) => ({ ...i, meetingId: row.id })));
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "meeting.create",
        objectType: "meeting",
        objectId: row.id,
        trajectoryId: input.trajectoryId,
        details: { kind: input.kind, invitees: inherited.length, keptFindings: findings.map((f) => f.kind) },
      },
    );
    return row;
  });
}

async function lockMeeting(tx: Executor, meetingId: string) {
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for("update");
  if (!meeting) throw new NotFoundError("meeting");
  return meeting;
}

async function recipientsOf(tx: Executor, invitees: Invitee[]): Promise<string[]> {
  const providerIds = invitees.flatMap((i) => (i.providerId ? [i.providerId] : []));
  return [
    ...new Set([...(await speakersFor(tx, providerIds)), ...invitees.flatMap((i) => (i.userId ? [i.userId] : []))]),
  ];
}

/** Adds invitees; once the invitations went out, the new ones are invited at once. */
export async function inviteToMeeting(
  ctx: Ctx,
  input: { meetingId: string; providerIds: string[]; userIds: string[] },
  origin: string,
  now = new Date(),
): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.cancelledAt) throw new DomainRuleError(t("meeting.alreadyCancelled"));
    // A past meeting takes invitees too, so that who came can be recorded; there is nothing to invite them to.
    const held = meeting.endsAt <= now;
    const knownProviders = input.providerIds.length
      ? await tx.select({ id: providers.id }).from(providers).where(inArray(providers.id, input.providerIds))
      : [];
    const knownUsers = input.userIds.length
      ? await tx
          .select({ id: users.id })
          .from(users)
          .where(and(inArray(users.id, input.userIds), eq(users.disabled, false)))
      : [];
    const values = [
      ...knownProviders.map((p) => ({ meetingId: meeting.id, providerId: p.id })),
      ...knownUsers.map((u) => ({ meetingId: meeting.id, userId: u.id })),
    ];
    const added = values.length
      ? await tx
          .insert(meetingInvitees)
          .values(values)
          .onConflictDoNothing()
          .returning({ providerId: meetingInvitees.providerId, userId: meetingInvitees.userId })
      : [];
    if (meeting.invitationsSentAt && added.length && !held)
      await notifyUsers(tx, await recipientsOf(tx, added), invitationMessage(meeting, origin));
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "meeting.invite",
        objectType: "meeting",
        objectId: meeting.id,
        trajectoryId: meeting.trajectoryId,
        details: { added: added.length, afterwards: held },
      },
    );
    return added.length;
  });
}

/** Sends the invitation with date, place and agenda to every invitee; returns how many people were told. */
export async function sendMeetingInvitations(
  ctx: Ctx,
  meetingId: string,
  origin: string,
  now = new Date(),
): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (meeting.cancelledAt) throw new DomainRuleError(t("meeting.alreadyCancelled"));
    if (meeting.endsAt <= now) throw new DomainRuleError(t("meeting.alreadyHeld"));
    const invitees = await tx.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, meeting.id));
    if (invitees.length === 0) throw new DomainRuleError(t("meeting.noInvitees"));
    const sent = await notifyUsers(tx, await recipientsOf(tx, invitees), invitationMessage(meeting, origin));
    await tx.update(meetings).set({ invitationsSentAt: now }).where(eq(meetings.id, meeting.id));
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "meeting.send_invitations",
        objectType: "meeting",
        objectId: meeting.id,
        trajectoryId: meeting.trajectoryId,
        details: { invitees: invitees.length, notified: sent },
      },
    );
    return sent;
  });
}

/** Records who attended; only once the meeting has started, and only for this meeting's invitees. */
export async function recordAttendance(ctx: Ctx, input: AttendanceInput, now = new Date()): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.cancelledAt) throw new DomainRuleError(t("meeting.alreadyCancelled"));
    if (meeting.startsAt > now) throw new DomainRuleError(t("meeting.attendanceTooEarly"));
    if (input.entries.length === 0) throw new DomainRuleError(t("meeting.attendanceEmpty"));
    const own = new Set(
      (
        await tx
          .select({ id: meetingInvitees.id })
          .from(meetingInvitees)
          .where(eq(meetingInvitees.meetingId, meeting.id))
      ).map((r) => r.id),
    );
    const entries = input.entries.filter((e) => own.has(e.inviteeId));
    for (const entry of entries) {
      await tx
        .update(meetingInvitees)
        .set({ attendance: entry.attendance, absenceReason: entry.reason, attendanceRecordedAt: now })
        .where(eq(meetingInvitees.id, entry.inviteeId));
    }
    const counts = Object.fromEntries(
      ["present", "absent_with_reason", "absent_without_reason"].map((k) => [
        k,
        entries.filter((e) => e.attendance === k).length,
      ]),
    );
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "meeting.record_attendance",
        objectType: "meeting",
        objectId: meeting.id,
        trajectoryId: meeting.trajectoryId,
        details: counts,
      },
    );
    return entries.length;
  });
}
