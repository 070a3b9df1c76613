import "server-only";
import { desc, eq } from "drizzle-orm";
import { minutes, minutesVersions, municipalities, trajectoryMunicipalities } from "@/db/schema";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError } from "@/lib/errors";
import { formatDateTime, t } from "@/lib/i18n";
import { notifyFollowers } from "@/lib/trajectory/follow";
import { notifyUsers } from "@/lib/messaging/outbox";
import { buildPublishedCopy } from "./build";
import { gateRefusalMessage } from "./gate-messages";
import { minutesRecipients } from "./recipients";
import { detectionOptions, lockMeetingAndMinutes } from "./writes";

type Ctx = WriteContext & { actor: Actor };

/**
 * Publishes approved minutes as a new immutable version and tells every recipient at the same
 * moment, in one transaction. Refused without approval, during the attendees' check, while a
 * suggestion is undecided, or when the leak check finds anything.
 */
type Refusal = { refused: string; message: string; trajectoryId: string; field?: string };

export async function publishMinutes(
  ctx: Ctx,
  input: { meetingId: string; changeNote: string },
  origin: string,
  now = new Date(),
): Promise<{ version: number; notified: number }> {
  const outcome = await ctx.db.transaction(async (tx): Promise<Refusal | { version: number; notified: number }> => {
    const { meeting, minutes: row } = await lockMeetingAndMinutes(tx, input.meetingId);
    const refuse = (reason: string, message: string, field?: string): Refusal => ({
      refused: reason,
      message,
      trajectoryId: meeting.trajectoryId,
      field,
    });
    if (meeting.cancelledAt) return refuse("meeting_cancelled", t("meeting.alreadyCancelled"));
    // Minutes are of a meeting that took place: not before it began.
    if (meeting.startsAt > now)
      return refuse("meeting_not_held", t("minutes.meetingNotHeld", { starts: formatDateTime(meeting.startsAt) }));
    if (!row || row.status !== "approved" || !row.reviewedBy) return refuse("not_approved", t("minutes.notApproved"));
    // Four eyes, again at the last moment: the approval must come from someone who did not touch the text.
    if (row.touchedBy.includes(row.reviewedBy)) return refuse("approver_touched", t("minutes.approverTouched"));
    if (row.attendeeCheckDeadline && row.attendeeCheckDeadline > now)
      return refuse(
        "attendee_check_running",
        t("minutes.checkRunning", { deadline: formatDateTime(row.attendeeCheckDeadline) }),
      );
    const options = await detectionOptions(tx, meeting, row);
    const [latest] = await tx
      .select({ version: minutesVersions.version })
      .from(minutesVersions)
      .where(eq(minutesVersions.meetingId, meeting.id))
      .orderBy(desc(minutesVersions.version))
      .limit(1);
    const version = (latest?.version ?? 0) + 1;
    if (version > 1 && input.changeNote.length < 5)
      throw new DomainRuleError(t("minutes.changeNoteRequired"), "changeNote");

    const places = await tx
      .select({ name: municipalities.name })
      .from(trajectoryMunicipalities)
      .innerJoin(municipalities, eq(municipalities.id, trajectoryMunicipalities.municipalityId))
      .where(eq(trajectoryMunicipalities.trajectoryId, meeting.trajectoryId));
    const municipality = places.map((p) => p.name).join(", ") || t("app.municipality");
    // The publication gate: undecided suggestions, removed text or a sensitive finding anywhere
    // (the change note included) refuse the version.
    const gate = await buildPublishedCopy(
      row.document,
      {
        title: t("minutes.pdfTitle", { title: meeting.title }),
        subtitle: t("minutes.pdfSubtitle", {
          municipality,
          version,
          at: formatDateTime(now),
          held: formatDateTime(meeting.startsAt),
        }),
        municipality,
        publishedAt: now,
      },
      { options, dismissed: row.dismissedFindings, changeNote: version > 1 ? input.changeNote : undefined },
    );
    if (!gate.ok) {
      const inNote =
        gate.refusal.reason === "leak_check" && gate.refusal.leaks.some((l) => l.surface === "change_note");
      if (inNote) return refuse("change_note", t("minutes.changeNoteLeak"), "changeNote");
      return refuse(gate.refusal.reason, gateRefusalMessage(gate.refusal));
    }
    const { copy } = gate;

    await tx.insert(minutesVersions).values({
      meetingId: meeting.id,
      version,
      body: copy.body,
      html: gate.html,
      text: copy.text,
      pdf: gate.pdf,
      changeNote: version > 1 ? input.changeNote : null,
      redactionCount: copy.removedCount,
      approvedBy: row.reviewedBy,
      publishedBy: ctx.actor.id,
      publishedAt: now,
    });
    // The working copy goes back to draft: a correction needs a new review.
    await tx
      .update(minutes)
      .set({
        status: "draft",
        submittedBy: null,
        submittedAt: null,
        reviewedBy: null,
        reviewedAt: null,
        attendeeCheckDeadline: null,
        touchedBy: [],
      })
      .where(eq(minutes.meetingId, meeting.id));
    const recipients = await minutesRecipients(tx, meeting);
    const notified = await notifyUsers(tx, recipients, {
      subject: t(version > 1 ? "minutes.correctedSubject" : "minutes.publishedSubject", { title: meeting.title }),
      body: t("minutes.publishedBody", { title: meeting.title, version }),
      link: `${origin}/bijeenkomsten/${meeting.id}/verslag/${version}`,
    });
    // Minutes for the whole trajectory are news for its followers; a one-to-one talk's are not.
    if (meeting.minutesAudience === "trajectory") {
      await notifyFollowers(
        tx,
        meeting.trajectoryId,
        {
          subject: t("follow.minutesSubject", { title: meeting.title }),
          body: t("minutes.publishedBody", { title: meeting.title, version }),
          link: `${origin}/bijeenkomsten/${meeting.id}/verslag/${version}`,
        },
        recipients,
      );
    }
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "minutes.publish",
        objectType: "meeting",
        objectId: meeting.id,
        trajectoryId: meeting.trajectoryId,
        details: { version, notified, recipients, redactions: copy.grounds, approvedBy: row.reviewedBy },
      },
    );
    return { version, notified };
  });
  if ("refused" in outcome) {
    // Audited after the transaction, which changed nothing.
    await recordAudit(ctx, {
      action: "minutes.publish",
      objectType: "meeting",
      objectId: input.meetingId,
      trajectoryId: outcome.trajectoryId,
      result: "denied",
      details: { reason: outcome.refused },
    });
    throw new DomainRuleError(outcome.message, outcome.field);
  }
  return outcome;
}
