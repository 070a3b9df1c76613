import { and, eq, inArray, like } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/connection";
import {
  auditLog,
  consultationInvitations,
  consultationResponses,
  consultations,
  consultationTables,
  contracts,
  kpiMeasurements,
  kpis,
  meetings,
  minutes,
  minutesRemarks,
  outbox,
  subregions,
  tableExclusions,
  userSessions,
} from "@/db/schema";
import { closeDueConsultations } from "@/lib/consultation/closing";
import { reminderDays, sendDueReminders } from "@/lib/consultation/scheduled-reminders";
import { createConsultation, inviteParticipants, publishConsultation } from "@/lib/consultation/writes";
import type { JobContext } from "@/lib/jobs/context";
import { purgeExpired } from "@/lib/jobs/purge";
import { establishDueResults } from "@/lib/kpi/establish";
import { endAttendeeChecks } from "@/lib/minutes/attendee-check-end";
import { expireExclusions } from "@/lib/overlegtafel/exclusion-expiry";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { providerWorld, sampleDoc } from "./fixtures";

const SITE = "https://portaal.example.nl";
const DAY = 86_400_000;
const ctxAt = (db: Database, now: Date): JobContext => ({ db, now, siteUrl: SITE });

const mailTo = async (db: Database, emails: string[], subjectLike: string) =>
  (
    await db
      .select({ to: outbox.recipient })
      .from(outbox)
      .where(and(inArray(outbox.recipient, emails), like(outbox.subject, subjectLike)))
  ).map((r) => r.to);

async function openConsultation(w: Awaited<ReturnType<typeof providerWorld>>, title: string, closesAt: Date) {
  const { id } = await createConsultation(w.ctx, {
    ...w.input,
    title,
    opensAt: new Date(Date.now() - DAY),
    closesAt: new Date(Date.now() + 30 * DAY),
  });
  await inviteParticipants(w.ctx, { consultationId: id, providerIds: [w.a.id, w.b.id], userIds: [] }, SITE);
  await publishConsultation(w.ctx, id, SITE);
  // The clock is moved by setting the closing moment, as time passing would.
  await w.ctx.db.update(consultations).set({ closesAt }).where(eq(consultations.id, id));
  return id;
}

describeEachDatabase("scheduled jobs", (getDb) => {
  it("closes a consultation whose moment passed and tells its participants once", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-sj1");
    const now = new Date();
    const id = await openConsultation(w, "Sluiten op tijd", new Date(now.getTime() - 60_000));
    const later = await openConsultation(w, "Sluit later", new Date(now.getTime() + DAY));
    expect((await closeDueConsultations(ctxAt(db, now))).closed).toBe(1);
    const again = await closeDueConsultations(ctxAt(db, now));
    expect(again).toEqual({ closed: 0, notified: 0 });
    const rows = await db
      .select()
      .from(consultations)
      .where(inArray(consultations.id, [id, later]));
    expect(rows.find((r) => r.id === id)!.state).toBe("closed");
    expect(rows.find((r) => r.id === later)!.state).toBe("published");
    expect(
      (await mailTo(db, [w.memberA.email, w.memberB.email], "Marktconsultatie gesloten: Sluiten op tijd")).sort(),
    ).toEqual([w.memberA.email, w.memberB.email].sort());
    expect(await mailTo(db, [w.memberA.email], "Marktconsultatie gesloten: Sluit later")).toEqual([]);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "consultation.close"), eq(auditLog.objectId, id)));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.origin).toBe("job:consultation-close");
  });

  it("reminds invitees who have not responded, a set number of days before closing, once", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-sj2");
    const now = new Date();
    const soon = await openConsultation(w, "Bijna dicht", new Date(now.getTime() + 2 * DAY));
    await openConsultation(w, "Nog ver weg", new Date(now.getTime() + 10 * DAY));
    await db.insert(consultationResponses).values({
      consultationId: soon,
      providerId: w.b.id,
      status: "submitted",
      updatedBy: w.memberB.id,
      submittedAt: now,
    });
    // Other tests' consultations share this database: look at this one's mail.
    expect((await sendDueReminders(ctxAt(db, now), 3)).notified).toBeGreaterThanOrEqual(1);
    expect(await sendDueReminders(ctxAt(db, now), 3)).toEqual({ notified: 0 });
    expect(await mailTo(db, [w.memberA.email, w.memberB.email], "Herinnering marktconsultatie: Bijna dicht")).toEqual([
      w.memberA.email,
    ]);
    expect(await mailTo(db, [w.memberA.email], "Herinnering marktconsultatie: Nog ver weg")).toEqual([]);
    const [invitation] = await db
      .select()
      .from(consultationInvitations)
      .where(and(eq(consultationInvitations.consultationId, soon), eq(consultationInvitations.providerId, w.a.id)));
    expect(invitation!.remindedAt).not.toBeNull();
    // Eight days on, the far one is due too; a switched-off reminder sends nothing.
    const eightDaysOn = ctxAt(db, new Date(now.getTime() + 8 * DAY));
    expect(await sendDueReminders(eightDaysOn, 0)).toEqual({ notified: 0 });
    expect(await mailTo(db, [w.memberA.email], "Herinnering marktconsultatie: Nog ver weg")).toEqual([]);
    await sendDueReminders(eightDaysOn, 3);
    expect(
      (await mailTo(db, [w.memberA.email, w.memberB.email], "Herinnering marktconsultatie: Nog ver weg")).sort(),
    ).toEqual([w.memberA.email, w.memberB.email].sort());
    expect(reminderDays({})).toBe(3);
    expect(reminderDays({ CONSULTATION_REMINDER_DAYS: "5" })).toBe(5);
    expect(reminderDays({ CONSULTATION_REMINDER_DAYS: "0" })).toBe(0);
    expect(reminderDays({ CONSULTATION_REMINDER_DAYS: "veel" })).toBe(3);
  });

  it("establishes last year's KPI results on 1 April and tells provider and officer once", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-sj3");
    const [sub] = await db.select().from(subregions).limit(1);
    const [trajectory] = await db.select({ id: consultations.trajectoryId }).from(consultations).limit(1);
    void trajectory;
    const [contract] = await db
      .insert(contracts)
      .values({
        providerId: w.a.id,
        trajectoryId: w.input.trajectoryId,
        reference: "C-SJ3",
        title: "Begeleiding",
        awardedOn: "2024-01-01",
        startsOn: "2024-01-01",
        createdBy: w.ctx.actor.id,
      })
      .returning();
    const [kpi] = await db
      .insert(kpis)
      .values({ contractId: contract!.id, name: "Tevredenheid", unit: "grade", norm: 7, position: 0 })
      .returning();
    await db.insert(kpiMeasurements).values([
      { kpiId: kpi!.id, subregionId: sub!.id, year: 2023, value: 6.5, clientsInCare: 20, enteredBy: w.ctx.actor.id },
      { kpiId: kpi!.id, subregionId: sub!.id, year: 2025, value: 7.5, clientsInCare: 20, enteredBy: w.ctx.actor.id },
      { kpiId: kpi!.id, subregionId: sub!.id, year: 2026, value: 8, clientsInCare: 20, enteredBy: w.ctx.actor.id },
    ]);
    const before = new Date("2026-03-31T21:59:00Z"); // 23:59 in Amsterdam
    const moment = new Date("2026-03-31T22:00:00Z"); // 1 April 00:00 in Amsterdam
    expect(await establishDueResults(ctxAt(db, before))).toMatchObject({ notified: 0 });
    const mine = () => db.select().from(kpiMeasurements).where(eq(kpiMeasurements.kpiId, kpi!.id));
    // Before the moment only a year long past is established (without a notice years late).
    const early = await mine();
    expect(early.find((m) => m.year === 2023)!.establishedAt).toEqual(before);
    expect(early.filter((m) => m.year >= 2025).every((m) => m.establishedAt === null)).toBe(true);
    const result = await establishDueResults(ctxAt(db, moment));
    expect(result.notified).toBe(2);
    expect(await establishDueResults(ctxAt(db, new Date(moment.getTime() + 3600_000)))).toEqual({
      established: 0,
      notified: 0,
    });
    const rows = await mine();
    expect(rows.find((m) => m.year === 2025)!.establishedAt).toEqual(moment);
    expect(await mailTo(db, [w.memberA.email, w.ctx.actor.email], "Resultaten vastgesteld: C-SJ3 over 2023")).toEqual(
      [],
    );
    expect(rows.find((m) => m.year === 2026)!.establishedAt).toBeNull();
    expect(
      (await mailTo(db, [w.memberA.email, w.ctx.actor.email], "Resultaten vastgesteld: C-SJ3 over 2025")).sort(),
    ).toEqual([w.memberA.email, w.ctx.actor.email].sort());
  });

  it("ends exclusions on their date, not lifted ones, and tells the provider", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-sj4");
    const [sub] = await db.select().from(subregions).limit(1);
    const [table] = await db
      .insert(consultationTables)
      .values({
        trajectoryId: w.input.trajectoryId,
        regionId: (await db.select().from(subregions).where(eq(subregions.id, sub!.id)))[0]!.regionId,
        title: "Tafel SJ4",
        subject: "theme",
        theme: "Wachttijden",
        createdBy: w.ctx.actor.id,
      })
      .returning();
    const now = new Date("2026-06-10T08:00:00Z");
    const base = { tableId: table!.id, reason: "Afspraak niet nagekomen", decidedBy: w.ctx.actor.id };
    const [due, running] = await db
      .insert(tableExclusions)
      .values([
        { ...base, providerId: w.a.id, until: "2026-06-10" },
        { ...base, providerId: w.b.id, until: "2026-06-11" },
      ])
      .returning();
    const [old] = await db
      .insert(tableExclusions)
      .values({ ...base, providerId: w.b.id, until: "2026-05-01" })
      .returning();
    await db.insert(tableExclusions).values({
      ...base,
      providerId: w.b.id,
      until: "2026-06-01",
      liftedAt: new Date("2026-05-20T10:00:00Z"),
      liftedBy: w.ctx.actor.id,
      liftReason: "Opgelost",
    });
    expect(await expireExclusions(ctxAt(db, now))).toEqual({ expired: 2, notified: 1 });
    expect(await expireExclusions(ctxAt(db, now))).toEqual({ expired: 0, notified: 0 });
    const rows = await db
      .select()
      .from(tableExclusions)
      .where(inArray(tableExclusions.id, [due!.id, running!.id, old!.id]));
    expect(rows.find((r) => r.id === old!.id)!.expiredAt).toEqual(now);
    expect(rows.find((r) => r.id === due!.id)!.expiredAt).toEqual(now);
    expect(rows.find((r) => r.id === running!.id)!.expiredAt).toBeNull();
    expect(await mailTo(db, [w.memberA.email, w.memberB.email], "Uitsluiting afgelopen: Tafel SJ4")).toEqual([
      w.memberA.email,
    ]);
  });

  it("reports the end of an attendee check to the officer once per deadline", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-sj5");
    const now = new Date();
    const [meeting] = await db
      .insert(meetings)
      .values({
        trajectoryId: w.input.trajectoryId,
        kind: "plenary",
        title: "Bijeenkomst SJ5",
        startsAt: new Date(now.getTime() - 3 * DAY),
        endsAt: new Date(now.getTime() - 3 * DAY + 3600_000),
        agenda: "Kennismaking",
        createdBy: w.ctx.actor.id,
      })
      .returning();
    const deadline = new Date(now.getTime() - 60_000);
    await db.insert(minutes).values({
      meetingId: meeting!.id,
      document: sampleDoc,
      updatedBy: w.ctx.actor.id,
      attendeeCheckDeadline: deadline,
    });
    await db.insert(minutesRemarks).values([
      { meetingId: meeting!.id, authorId: w.memberA.id, body: "Mijn naam is verkeerd gespeld.", createdAt: deadline },
      {
        meetingId: meeting!.id,
        authorId: w.memberB.id,
        body: "Aanvulling.",
        createdAt: new Date(deadline.getTime() - 1),
      },
    ]);
    expect(await endAttendeeChecks(ctxAt(db, new Date(deadline.getTime() - 1)))).toEqual({ ended: 0 });
    expect(await endAttendeeChecks(ctxAt(db, now))).toEqual({ ended: 1 });
    expect(await endAttendeeChecks(ctxAt(db, now))).toEqual({ ended: 0 });
    const [mail] = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.recipient, w.ctx.actor.email), like(outbox.subject, "%Bijeenkomst SJ5")));
    expect(mail!.body).toContain("Er zijn 2 opmerkingen binnengekomen.");
    // A new check with a new deadline is reported again.
    const second = new Date(now.getTime() + DAY);
    await db.update(minutes).set({ attendeeCheckDeadline: second }).where(eq(minutes.meetingId, meeting!.id));
    expect(await endAttendeeChecks(ctxAt(db, new Date(second.getTime() + 1)))).toEqual({ ended: 1 });
  });

  it("purges expired sessions and keeps valid ones", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-sj6");
    const now = new Date();
    await db.insert(userSessions).values([
      { id: "sj6-old", userId: w.memberA.id, expiresAt: new Date(now.getTime() - 1000) },
      { id: "sj6-new", userId: w.memberA.id, expiresAt: new Date(now.getTime() + DAY) },
    ]);
    const removed = await purgeExpired(ctxAt(db, now));
    expect(removed.sessions).toBeGreaterThanOrEqual(1);
    const left = await db
      .select({ id: userSessions.id })
      .from(userSessions)
      .where(eq(userSessions.userId, w.memberA.id));
    expect(left.map((s) => s.id)).toEqual(["sj6-new"]);
  });
});
