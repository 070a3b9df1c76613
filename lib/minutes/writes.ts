import { eq } from "drizzle-orm";
import { meetingInvitees, meetings, minutes, minutesCheckCopies, minutesRemarks } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import { speakingFor, type Actor } from "@/lib/auth/actor";
import { isMeetingInvitee } from "@/db/queries/meetings";
import { DomainRuleError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { formatDateTime, t } from "@/lib/i18n";
import { notifyUsers, speakersFor } from "@/lib/messaging/outbox";
import { can } from "@/lib/policy";
import { applyRedactions } from "@/lib/redaction/apply";
import type { DetectOptions } from "@/lib/redaction/finding";
import { reviewFindings } from "@/lib/redaction/review";
import { buildHtmlCopy } from "./build";
import { oversize } from "@/lib/redaction/gate";
import { gateRefusalMessage } from "./gate-messages";
import { detectionContext } from "./recipients";
import type { MinutesSaveInput } from "./validation";
import { withToucher } from "@/lib/review/four-eyes";
import { otherActiveOfficers } from "@/lib/notifications/officers";

type Ctx = WriteContext & { actor: Actor };
export type MinutesRow = typeof minutes.$inferSelect;

export async function lockMeetingAndMinutes(tx: Executor, meetingId: string) {
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for("update");
  if (!meeting) throw new NotFoundError("meeting");
  const [row] = await tx.select().from(minutes).where(eq(minutes.meetingId, meetingId));
  return { meeting, minutes: row ?? null };
}

/** What the detector is told about this meeting: participants, providers, the officer's lists. */
export async function detectionOptions(
  tx: Executor,
  meeting: { id: string; trajectoryId: string },
  row: MinutesRow,
): Promise<DetectOptions> {
  const context = await detectionContext(tx, meeting.id, meeting.trajectoryId);
  // The trajectory's published figures and the officer's own list for these minutes.
  const publicFigures = [...context.publicFigures, ...row.publicFigures];
  return { ...context, publicFigures, confidentialTerms: row.confidentialTerms };
}

/** The findings that still wait for the officer's decision on this working copy. */
export async function openFindings(tx: Executor, meeting: { id: string; trajectoryId: string }, row: MinutesRow) {
  const options = await detectionOptions(tx, meeting, row);
  return {
    options,
    open: reviewFindings(row.document, options, row.dismissedFindings).filter((f) => f.status === "open"),
  };
}

/**
 * Saves the working copy. A save based on an older revision is a conflict, never an overwrite;
 * saving approved minutes voids the approval, and minutes under review cannot change.
 */
export async function saveMinutes(
  ctx: Ctx,
  input: MinutesSaveInput,
): Promise<{ revision: number; approvalVoided: boolean }> {
  return ctx.db.transaction(async (tx) => {
    const { meeting, minutes: current } = await lockMeetingAndMinutes(tx, input.meetingId);
    if (current?.status === "in_review") throw new DomainRuleError(t("minutes.lockedInReview"));
    if ((current?.revision ?? 0) !== input.revision) throw new DomainRuleError(t("minutes.conflict"));
    const fields = {
      document: input.document,
      dismissedFindings: input.dismissedFindings,
      publicFigures: input.publicFigures,
      confidentialTerms: input.confidentialTerms,
      status: "draft" as const,
      touchedBy: withToucher(current?.touchedBy, ctx.actor.id),
      updatedBy: ctx.actor.id,
      updatedAt: new Date(),
      reviewedBy: null,
      reviewedAt: null,
    };
    const revision = (current?.revision ?? 0) + 1;
    if (current)
      await tx
        .update(minutes)
        .set({ ...fields, revision })
        .where(eq(minutes.meetingId, meeting.id));
    else await tx.insert(minutes).values({ ...fields, meetingId: meeting.id, revision });
    // The audit says which grounds were used how often, never the redacted text.
    const { grounds } = applyRedactions(input.document);
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "minutes.save",
        objectType: "meeting",
        objectId: meeting.id,
        trajectoryId: meeting.trajectoryId,
        details: { revision, redactions: grounds, dismissed: input.dismissedFindings.length },
      },
    );
    return { revision, approvalVoided: current?.status === "approved" };
  });
}

/** The author hands the minutes to a colleague; refused while a suggestion waits for a decision. */
export async function submitMinutes(ctx: Ctx, meetingId: string, origin: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { meeting, minutes: row } = await lockMeetingAndMinutes(tx, meetingId);
    if (!row) throw new DomainRuleError(t("minutes.nothingSaved"));
    if (row.status !== "draft") throw new DomainRuleError(t("minutes.notDraft"));
    const tooLarge = oversize(row.document);
    if (tooLarge) throw new DomainRuleError(gateRefusalMessage({ reason: "too_large", ...tooLarge }));
    const { open } = await openFindings(tx, meeting, row);
    if (open.length) throw new DomainRuleError(t("minutes.openFindings", { count: open.length }));
    await tx
      .update(minutes)
      .set({
        status: "in_review",
        submittedBy: ctx.actor.id,
        submittedAt: new Date(),
        reviewRemarks: null,
        touchedBy: withToucher(row?.touchedBy, ctx.actor.id),
      })
      .where(eq(minutes.meetingId, meeting.id));
    await notifyUsers(tx, await otherActiveOfficers(tx, ctx.actor.id), {
      subject: t("minutes.reviewRequestedSubject", { title: meeting.title }),
      body: t("minutes.reviewRequestedBody", { title: meeting.title, name: ctx.actor.name }),
      link: `${origin}/beheer/bijeenkomsten/${meeting.id}/verslag`,
    });
    await recordAudit(
      { ...ctx, db: tx },
      { action: "minutes.submit", objectType: "meeting", objectId: meeting.id, trajectoryId: meeting.trajectoryId },
    );
  });
}

/**
 * Four eyes: an officer who did not write, redact or submit the working copy since the last
 * publication approves it, or sends it back with remarks. Checked on the locked row, so a save
 * racing the review cannot slip an author in.
 */
export async function reviewMinutes(
  ctx: Ctx,
  input: { meetingId: string; decision: "approve" | "send_back"; remarks: string },
  origin: string,
): Promise<void> {
  const refusal = await ctx.db.transaction(async (tx) => {
    const { meeting, minutes: current } = await lockMeetingAndMinutes(tx, input.meetingId);
    if (!current) throw new NotFoundError("minutes");
    if (!can(ctx.actor, "minutes.review", { submittedBy: current.submittedBy, touchedBy: current.touchedBy })) {
      const reason =
        current.submittedBy === null
          ? "not_submitted"
          : current.submittedBy === ctx.actor.id
            ? "own_minutes"
            : "touched_minutes";
      return { reason, trajectoryId: meeting.trajectoryId };
    }
    if (current.status !== "in_review") throw new DomainRuleError(t("minutes.notInReview"));
    const approve = input.decision === "approve";
    await tx
      .update(minutes)
      .set({
        status: approve ? "approved" : "draft",
        reviewedBy: ctx.actor.id,
        reviewedAt: new Date(),
        reviewRemarks: approve ? null : input.remarks,
      })
      .where(eq(minutes.meetingId, meeting.id));
    if (!approve && current.submittedBy) {
      await notifyUsers(tx, [current.submittedBy], {
        subject: t("minutes.sentBackSubject", { title: meeting.title }),
        body: input.remarks,
        link: `${origin}/beheer/bijeenkomsten/${meeting.id}/verslag`,
      });
    }
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: approve ? "minutes.approve" : "minutes.send_back",
        objectType: "meeting",
        objectId: meeting.id,
        trajectoryId: meeting.trajectoryId,
      },
    );
    return null;
  });
  if (refusal) {
    // Audited after the transaction, which changed nothing.
    await recordAudit(ctx, {
      action: "minutes.review",
      objectType: "meeting",
      objectId: input.meetingId,
      trajectoryId: refusal.trajectoryId,
      result: "denied",
      details: { reason: refusal.reason },
    });
    throw new DomainRuleError(
      t(
        refusal.reason === "own_minutes"
          ? "minutes.ownMinutes"
          : refusal.reason === "touched_minutes"
            ? "minutes.touchedMinutes"
            : "minutes.notInReview",
      ),
    );
  }
}

type CheckRefusal = { refused: string; message: string; trajectoryId: string };
/** Who was asked: `present` counts recorded attendance only, null while no attendance was recorded. */
export type CheckRequested = { notified: number; present: number | null; invitees: number };

/**
 * Optional: attendees read the redacted, approved copy and may send remarks until the deadline.
 * Refused while a suggestion is undecided or the gate finds anything; the copy is stored apart.
 */
export async function requestAttendeeCheck(
  ctx: Ctx,
  input: { meetingId: string; deadline: Date },
  origin: string,
  now = new Date(),
): Promise<CheckRequested> {
  if (input.deadline <= now) throw new DomainRuleError(t("minutes.deadlineInPast"), "deadline");
  const outcome = await ctx.db.transaction(async (tx): Promise<CheckRequested | CheckRefusal> => {
    const { meeting, minutes: row } = await lockMeetingAndMinutes(tx, input.meetingId);
    if (!row) throw new DomainRuleError(t("minutes.nothingSaved"));
    // Attendees read a copy built like a publication: approved by a second officer, through the gate.
    if (row.status !== "approved" || !row.reviewedBy || row.touchedBy.includes(row.reviewedBy))
      return { refused: "not_approved", message: t("minutes.checkNeedsApproval"), trajectoryId: meeting.trajectoryId };
    const gate = await buildHtmlCopy(row.document, {
      options: await detectionOptions(tx, meeting, row),
      dismissed: row.dismissedFindings,
    });
    if (!gate.ok)
      return {
        refused: gate.refusal.reason,
        message: gateRefusalMessage(gate.refusal),
        trajectoryId: meeting.trajectoryId,
      };
    const invitees = await tx.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, meeting.id));
    // Those recorded as absent did not attend; everyone else invited is asked. Only recorded attendance makes
    // someone an attendee in what the officer is told.
    const attendees = invitees.filter((i) => i.attendance === null || i.attendance === "present");
    const recorded = invitees.some((i) => i.attendance !== null);
    const present = recorded ? invitees.filter((i) => i.attendance === "present").length : null;
    const recipients = [
      ...new Set([
        ...(await speakersFor(
          tx,
          attendees.flatMap((i) => (i.providerId ? [i.providerId] : [])),
        )),
        ...attendees.flatMap((i) => (i.userId ? [i.userId] : [])),
      ]),
    ];
    if (recipients.length === 0) throw new DomainRuleError(t("minutes.noAttendees"));
    await tx.insert(minutesCheckCopies).values({
      meetingId: meeting.id,
      body: gate.copy.body,
      html: gate.html,
      deadline: input.deadline,
      requestedBy: ctx.actor.id,
    });
    await tx.update(minutes).set({ attendeeCheckDeadline: input.deadline }).where(eq(minutes.meetingId, meeting.id));
    const sent = await notifyUsers(tx, recipients, {
      subject: t("minutes.checkSubject", { title: meeting.title }),
      body: t("minutes.checkBody", { title: meeting.title, deadline: formatDateTime(input.deadline) }),
      link: `${origin}/bijeenkomsten/${meeting.id}/verslag-controle`,
    });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "minutes.request_check",
        objectType: "meeting",
        objectId: meeting.id,
        trajectoryId: meeting.trajectoryId,
        details: { notified: sent, present, deadline: input.deadline.toISOString() },
      },
    );
    return { notified: sent, present, invitees: attendees.length };
  });
  if (!("refused" in outcome)) return outcome;
  // Audited after the transaction, which changed nothing.
  await recordAudit(ctx, {
    action: "minutes.request_check",
    objectType: "meeting",
    objectId: input.meetingId,
    trajectoryId: outcome.trajectoryId,
    result: "denied",
    details: { reason: outcome.refused },
  });
  throw new DomainRuleError(outcome.message);
}

/** An attendee's remark during the check; it reaches the officers only. */
export async function addMinutesRemark(
  ctx: Ctx,
  input: { meetingId: string; body: string },
  origin: string,
  now = new Date(),
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { meeting, minutes: row } = await lockMeetingAndMinutes(tx, input.meetingId);
    const invited = await isMeetingInvitee(tx, meeting.id, {
      userId: ctx.actor.id,
      providerId: speakingFor(ctx.actor),
    });
    if (!invited) throw new ForbiddenError("minutes.check");
    if (
      !row ||
      !can(ctx.actor, "minutes.check", {
        invited,
        checkOpen: Boolean(row.attendeeCheckDeadline && row.attendeeCheckDeadline > now),
      })
    )
      throw new DomainRuleError(t("minutes.checkClosed"));
    await tx.insert(minutesRemarks).values({ meetingId: meeting.id, authorId: ctx.actor.id, body: input.body });
    await notifyUsers(tx, [row.updatedBy], {
      subject: t("minutes.remarkSubject", { title: meeting.title }),
      body: t("minutes.remarkBody", { name: ctx.actor.name }),
      link: `${origin}/beheer/bijeenkomsten/${meeting.id}/verslag`,
    });
    await recordAudit(
      { ...ctx, db: tx },
      { action: "minutes.remark", objectType: "meeting", objectId: meeting.id, trajectoryId: meeting.trajectoryId },
    );
  });
}
