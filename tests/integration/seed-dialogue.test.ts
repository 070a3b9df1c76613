import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import {
  auditLog,
  commentFlags,
  consultationComments,
  consultationInvitations,
  consultationResponses,
  consultations,
  meetingInvitees,
  meetings,
  minutesVersions,
  notifications,
  outbox,
  providers,
  tableCompositions,
  users,
} from "@/db/schema";
import { attendanceHistory } from "@/db/queries/overlegtafels";
import { seedDemo } from "@/db/seed";
import { DEMO_CONSULTATIONS } from "@/db/seed/dialogue-data";
import { REDACTED_PASSAGES } from "@/db/seed/dialogue-minutes";
import { loadConsultationFor } from "@/lib/consultation/reads";
import { effectiveState } from "@/lib/consultation/state-machine";
import { NotFoundError } from "@/lib/errors";
import { exclusionEligibility } from "@/lib/overlegtafel/exclusion";
import { REDACTION_LABELS } from "@/lib/redaction/grounds";
import { DEMO_ORIGIN, loadActors } from "@/db/seed/replay";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import type { Database } from "@/db/connection";

const DAY = 24 * 3600_000;

async function consultationNamed(db: Database, title: string) {
  const [c] = await db.select().from(consultations).where(eq(consultations.title, title));
  if (!c) throw new Error(`missing consultation ${title}`);
  return c;
}

async function auditOf(db: Database, objectId: string) {
  return db.select().from(auditLog).where(eq(auditLog.objectId, objectId)).orderBy(auditLog.at);
}

describeEachDatabase("demo data: the dialogue as it has run up to today", (getDb) => {
  let seededAt: Date;

  beforeAll(async () => {
    seededAt = new Date();
    await seedDemo(getDb());
  }, 120_000);

  it("has an open consultation with responses, council advice, a shared draft and moderated comments", async () => {
    const db = getDb();
    const c = await consultationNamed(db, DEMO_CONSULTATIONS.open);
    expect(c.openness).toBe("open");
    expect(effectiveState(c, new Date())).toBe("open");
    expect(c.closesAt.getTime() - seededAt.getTime()).toBeGreaterThan(7 * DAY);
    // Anyone, signed in or not, finds it.
    await expect(loadConsultationFor(db, null, c.id)).resolves.toBeTruthy();
    const responses = await db
      .select({ response: consultationResponses, provider: providers.name, council: users.councilId })
      .from(consultationResponses)
      .leftJoin(providers, eq(providers.id, consultationResponses.providerId))
      .leftJoin(users, eq(users.id, consultationResponses.userId))
      .where(eq(consultationResponses.consultationId, c.id));
    const submitted = responses.filter((r) => r.response.status === "submitted");
    expect(submitted.filter((r) => r.provider).length).toBeGreaterThanOrEqual(2);
    expect(submitted.some((r) => r.council)).toBe(true);
    const drafts = responses.filter((r) => r.response.status === "draft");
    expect(drafts.map((r) => r.provider)).toEqual(["Wijkzorg Waterland"]);
    for (const r of submitted) expect(r.response.submittedAt!.getTime()).toBeLessThan(seededAt.getTime());

    const comments = await db.select().from(consultationComments).where(eq(consultationComments.consultationId, c.id));
    expect(comments.length).toBeGreaterThanOrEqual(4);
    const hidden = comments.filter((x) => x.hiddenAt);
    expect(hidden).toHaveLength(1);
    expect(hidden[0]!.hiddenReason!.length).toBeGreaterThanOrEqual(5);
    expect(hidden[0]!.hiddenAt!.getTime()).toBeGreaterThan(hidden[0]!.createdAt.getTime());
    expect(await db.select().from(commentFlags).where(eq(commentFlags.commentId, hidden[0]!.id))).toHaveLength(1);
    const hideAudit = (await auditOf(db, hidden[0]!.id)).find((a) => a.action === "comment.hide");
    expect(hideAudit?.at.getTime()).toBe(hidden[0]!.hiddenAt!.getTime());
    expect(hideAudit?.details).toMatchObject({ reason: hidden[0]!.hiddenReason });
  });

  it("has a consultation for invited providers only, with opened, responded and reminded invitations", async () => {
    const db = getDb();
    const c = await consultationNamed(db, DEMO_CONSULTATIONS.invited);
    expect(c.openness).toBe("closed");
    expect(effectiveState(c, new Date())).toBe("open");
    await expect(loadConsultationFor(db, null, c.id)).rejects.toBeInstanceOf(NotFoundError);
    const invitations = await db
      .select()
      .from(consultationInvitations)
      .where(eq(consultationInvitations.consultationId, c.id));
    expect(invitations.length).toBeGreaterThanOrEqual(4);
    const opened = invitations.filter((i) => i.openedAt);
    expect(opened.length).toBeGreaterThanOrEqual(2);
    expect(opened.length).toBeLessThan(invitations.length);
    const responded = await db
      .select()
      .from(consultationResponses)
      .where(and(eq(consultationResponses.consultationId, c.id), eq(consultationResponses.status, "submitted")));
    expect(responded).toHaveLength(1);
    const reminded = invitations.filter((i) => i.remindedAt);
    // Everyone invited who had not responded was reminded, and only they.
    expect(reminded.map((i) => i.providerId).sort()).toEqual(
      invitations
        .filter((i) => i.providerId !== responded[0]!.providerId)
        .map((i) => i.providerId)
        .sort(),
    );
    const remind = (await auditOf(db, c.id)).find((a) => a.action === "consultation.remind");
    expect(remind?.at.getTime()).toBe(reminded[0]!.remindedAt!.getTime());
  });

  it("has an oral consultation whose session was held, with attendance and minutes in two versions", async () => {
    const db = getDb();
    const c = await consultationNamed(db, DEMO_CONSULTATIONS.oral);
    expect(c.form).toBe("oral");
    const [session] = await db.select().from(meetings).where(eq(meetings.consultationId, c.id));
    expect(session!.endsAt.getTime()).toBeLessThan(seededAt.getTime());
    const invitees = await db.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, session!.id));
    expect(invitees.length).toBeGreaterThanOrEqual(3);
    expect(invitees.every((i) => i.attendance)).toBe(true);
    expect(new Set(invitees.map((i) => i.attendance))).toEqual(new Set(["present", "absent_with_reason"]));

    const versions = await db
      .select()
      .from(minutesVersions)
      .where(eq(minutesVersions.meetingId, session!.id))
      .orderBy(minutesVersions.version);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[0]!.changeNote).toBeNull();
    expect(versions[1]!.changeNote!.length).toBeGreaterThanOrEqual(5);
    expect(versions[0]!.publishedAt < versions[1]!.publishedAt).toBe(true);
    expect(versions[1]!.publishedAt.getTime()).toBeLessThan(seededAt.getTime());
    expect(versions[1]!.approvedBy).not.toBe(versions[1]!.publishedBy);
    for (const v of versions)
      for (const passage of REDACTED_PASSAGES) {
        expect(v.html).not.toContain(passage);
        expect(v.text).not.toContain(passage);
      }
    const labels = Object.values(REDACTION_LABELS).filter((label) => versions[1]!.text.includes(label));
    expect(labels.length).toBeGreaterThanOrEqual(4);
    expect(versions[1]!.redactionCount).toBeGreaterThan(versions[0]!.redactionCount);
    const published = (await auditOf(db, session!.id)).filter((a) => a.action === "minutes.publish");
    expect(published.map((a) => a.at.getTime())).toEqual(versions.map((v) => v.publishedAt.getTime()));
    // Everyone the minutes went to got both the first and the corrected version.
    const told = await db
      .select()
      .from(notifications)
      .where(eq(notifications.link, `${DEMO_ORIGIN}/bijeenkomsten/${session!.id}/verslag/2`));
    expect(told.length).toBe((published[1]!.details as { notified: number }).notified);
  });

  it("has a closed consultation with its published feedback, sent to everyone who took part", async () => {
    const db = getDb();
    const c = await consultationNamed(db, DEMO_CONSULTATIONS.feedback);
    expect(c.state).toBe("feedback_published");
    expect(c.closesAt.getTime()).toBeLessThan(c.feedbackPublishedAt!.getTime());
    expect(c.feedbackPublishedAt!.getTime()).toBeLessThan(seededAt.getTime());
    await expect(loadConsultationFor(db, null, c.id)).resolves.toBeTruthy();
    const responders = await db
      .select({ userId: consultationResponses.userId })
      .from(consultationResponses)
      .where(eq(consultationResponses.consultationId, c.id));
    const council = responders.find((r) => r.userId)!.userId!;
    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, council), eq(notifications.link, `${DEMO_ORIGIN}/consultaties/${c.id}`)));
    expect(told.map((n) => n.createdAt.getTime())).toContain(c.feedbackPublishedAt!.getTime());
  });

  it("has a table with three past sessions, attendance and one provider eligible for exclusion", async () => {
    const db = getDb();
    const sessions = await db.select().from(meetings).where(isNotNull(meetings.tableId)).orderBy(meetings.startsAt);
    const past = sessions.filter((s) => s.endsAt.getTime() < seededAt.getTime());
    expect(past).toHaveLength(3);
    expect(sessions.length).toBeGreaterThan(3);
    const compositions = await db
      .select()
      .from(tableCompositions)
      .where(
        inArray(
          tableCompositions.meetingId,
          past.map((s) => s.id),
        ),
      );
    expect(compositions.map((c) => c.status)).toEqual(["fixed", "fixed", "fixed"]);
    const seats = await db
      .select()
      .from(meetingInvitees)
      .where(
        inArray(
          meetingInvitees.meetingId,
          past.map((s) => s.id),
        ),
      );
    expect(seats.length).toBeGreaterThanOrEqual(3 * 5);
    expect(seats.every((s) => s.attendance)).toBe(true);
    const all = await db.select().from(providers);
    const history = await attendanceHistory(
      db,
      past[0]!.tableId!,
      seededAt,
      all.map((p) => p.id),
    );
    const eligible = all.filter((p) => exclusionEligibility(history.get(p.id) ?? []).eligible);
    expect(eligible).toHaveLength(1);
    expect(["Zorggroep Zaanstreek", "Wijkzorg Waterland"]).not.toContain(eligible[0]!.name);
  });

  it("has an audit trail and notifications consistent with all of it, dated in the past", async () => {
    const db = getDb();
    const actors = await loadActors(db);
    const byId = new Map([...actors.values()].map((a) => [a.id, a]));
    const audit = await db.select().from(auditLog);
    expect(audit.every((a) => a.origin === "system:seed")).toBe(true);
    for (const a of audit.filter((x) => x.actorId)) {
      const actor = byId.get(a.actorId!);
      expect(actor, a.action).toBeTruthy();
      expect(a.actorLabel).toBe(`${actor!.name} <${actor!.email}>`);
    }
    const actions = new Set(audit.map((a) => a.action));
    for (const action of [
      "consultation.create",
      "consultation.publish",
      "consultation.invite",
      "consultation.submit_response",
      "consultation.start_response",
      "consultation.comment",
      "comment.flag",
      "comment.hide",
      "consultation.remind",
      "consultation.publish_feedback",
      "meeting.create",
      "meeting.send_invitations",
      "meeting.record_attendance",
      "minutes.save",
      "minutes.submit",
      "minutes.approve",
      "minutes.publish",
      "table.propose",
      "table.fix",
    ])
      expect(actions, action).toContain(action);
    expect(audit.filter((a) => a.actorId).every((a) => a.at.getTime() < seededAt.getTime())).toBe(true);
    for (const c of await db.select().from(consultations)) {
      const publish = (await auditOf(db, c.id)).find((a) => a.action === "consultation.publish");
      expect(publish?.at.getTime(), c.title).toBe(c.publishedAt!.getTime());
    }
    const sent = await db.select().from(notifications);
    expect(sent.length).toBeGreaterThan(10);
    expect(sent.every((n) => n.createdAt.getTime() < seededAt.getTime())).toBe(true);
    // Each notification has its e-mail, except those its recipient gets in the daily digest (officers, by default).
    expect(await db.select().from(outbox)).toHaveLength(sent.filter((n) => n.delivery === "immediate").length);
  });
});
