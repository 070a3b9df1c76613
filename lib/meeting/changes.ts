import { eq } from "drizzle-orm";
import { meetingInvitees, meetings, type Meeting } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { formatDateTime, t } from "@/lib/i18n";
import { notifyUsers, speakersFor } from "@/lib/messaging/outbox";
import { placeOf } from "./messages";
import { meetingTextFindings, meetingTextMessage } from "./text-gate";
import type { MeetingEditInput } from "./validation";

type Ctx = WriteContext & { actor: Actor };

async function lockOpenMeeting(tx: Executor, meetingId: string): Promise<Meeting> {
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for("update");
  if (!meeting) throw new NotFoundError("meeting");
  if (meeting.cancelledAt) throw new DomainRuleError(t("meeting.alreadyCancelled"));
  return meeting;
}

/** Everyone who was told of the meeting: the invitees' speakers and invited people, once invitations went out. */
async function toldSoFar(tx: Executor, meeting: Meeting): Promise<string[]> {
  if (!meeting.invitationsSentAt) return [];
  const invitees = await tx.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, meeting.id));
  const providerIds = invitees.flatMap((i) => (i.providerId ? [i.providerId] : []));
  return [
    ...new Set([...(await speakersFor(tx, providerIds)), ...invitees.flatMap((i) => (i.userId ? [i.userId] : []))]),
  ];
}

/**
 * Changes a meeting's texts, time or place. The texts pass the same gate as when the meeting was made; those who
 * were invited hear of the change through the outbox. Returns how many people were told.
 */
export async function editMeeting(
  ctx: Ctx,
  withDecision: MeetingEditInput,
  origin: string,
  now = new Date(),
): Promise<number> {
  const { keepFindings, meetingId, ...details } = withDecision;
  const findings = meetingTextFindings(details);
  if (findings.length && !keepFindings) {
    const [m] = await ctx.db
      .select({ trajectoryId: meetings.trajectoryId })
      .from(meetings)
      .where(eq(meetings.id, meetingId));
    if (!m) throw new NotFoundError("meeting");
    await recordAudit(ctx, {
      action: "meeting.edit",
      objectType: "meeting",
      objectId: meetingId,
      trajectoryId: m.trajectoryId,
      result: "denied",
      details: { reason: "sensitive_text", kinds: findings.map((f) => f.kind) },
    });
    throw new DomainRuleError(meetingTextMessage(findings), "keepFindings");
  }
  return ctx.db.transaction(async (tx) => {
    const meeting = await lockOpenMeeting(tx, meetingId);
    const changed = (Object.keys(details) as (keyof typeof details)[]).filter((k) => {
      const before = meeting[k];
      const after = details[k];
      return before instanceof Date && after instanceof Date ? before.getTime() !== after.getTime() : before !== after;
    });
    if (changed.length === 0) return 0;
    await tx.update(meetings).set(details).where(eq(meetings.id, meeting.id));
    const updated = { ...meeting, ...details };
    // Only a meeting still to come is worth a message; a past one's details are corrected for the record.
    const recipients = updated.endsAt > now ? await toldSoFar(tx, meeting) : [];
    const sent = recipients.length
      ? await notifyUsers(tx, recipients, {
          subject: t("meeting.changedSubject", { title: updated.title }),
          body: t("meeting.changedBody", {
            title: updated.title,
            starts: formatDateTime(updated.startsAt),
            ends: formatDateTime(updated.endsAt),
            place: placeOf(updated),
            agenda: updated.agenda,
          }),
          link: `${origin}/bijeenkomsten/${meeting.id}`,
        })
      : 0;
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "meeting.edit",
        objectType: "meeting",
        objectId: meeting.id,
        trajectoryId: meeting.trajectoryId,
        details: { changed, notified: sent, keptFindings: findings.map((f) => f.kind) },
      },
    );
    return sent;
  });
}

/** Calls a meeting off before it starts; everyone invited is told, with the reason. Returns how many were told. */
export async function cancelMeeting(
  ctx: Ctx,
  input: { meetingId: string; reason: string },
  origin: string,
  now = new Date(),
): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const meeting = await lockOpenMeeting(tx, input.meetingId);
    if (meeting.startsAt <= now) throw new DomainRuleError(t("meeting.cannotCancelStarted"));
    await tx.update(meetings).set({ cancelledAt: now, cancelReason: input.reason }).where(eq(meetings.id, meeting.id));
    const recipients = await toldSoFar(tx, meeting);
    const sent = recipients.length
      ? await notifyUsers(tx, recipients, {
          subject: t("meeting.cancelledSubject", { title: meeting.title }),
          body: t("meeting.cancelledBody", {
            title: meeting.title,
            starts: formatDateTime(meeting.startsAt),
            reason: input.reason,
          }),
          link: `${origin}/bijeenkomsten/${meeting.id}`,
        })
      : 0;
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "meeting.cancel",
        objectType: "meeting",
        objectId: meeting.id,
        trajectoryId: meeting.trajectoryId,
        details: { reason: input.reason, notified: sent },
      },
    );
    return sent;
  });
}
