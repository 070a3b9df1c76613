import { and, eq, inArray, ne } from "drizzle-orm";
import { consultations, qaPeriods, qaQuestions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { formatDateTime, t } from "@/lib/i18n";
import { jobOrigin, type JobContext } from "@/lib/jobs/context";
import { claimEffect } from "@/lib/jobs/effects";
import { notifyUsers } from "@/lib/messaging/outbox";
import { amsterdamDay, amsterdamHour } from "@/lib/time/amsterdam";
import { questionReminderDays, unansweredReminderDue } from "./reminder-rule";
import { questionPeriodEnd } from "./state-machine";

export const QUESTION_REMINDER_JOB = "question-reminders";

/**
 * The scheduled reminder to officers of questions still waiting for a fixed answer, at most once per
 * consultation per Dutch calendar day (idempotent through `scheduled_effects`). It goes to the officer
 * who made the consultation and everyone who worked on its questions.
 */
export async function remindUnansweredQuestions(
  ctx: JobContext,
  days = questionReminderDays(),
): Promise<{ consultations: number; notified: number }> {
  if (days <= 0) return { consultations: 0, notified: 0 };
  const { db, now } = ctx;
  const waiting = await db
    .select({ q: qaQuestions, c: consultations, periodClosesAt: qaPeriods.closesAt })
    .from(qaQuestions)
    .innerJoin(consultations, eq(consultations.id, qaQuestions.consultationId))
    .leftJoin(qaPeriods, eq(qaPeriods.consultationId, qaQuestions.consultationId))
    .where(
      and(
        eq(qaQuestions.state, "received"),
        ne(qaQuestions.answerState, "final"),
        inArray(consultations.state, ["published", "open", "closed"]),
      ),
    );
  const byConsultation = new Map<string, typeof waiting>();
  for (const row of waiting) byConsultation.set(row.c.id, [...(byConsultation.get(row.c.id) ?? []), row]);
  let reminded = 0;
  let notified = 0;
  for (const rows of byConsultation.values()) {
    const { c, periodClosesAt } = rows[0]!;
    const periodEnds = questionPeriodEnd(c.closesAt, periodClosesAt);
    const due = { unansweredAskedAt: rows.map((r) => r.q.askedAt), periodEnds, now, localHour: amsterdamHour(now) };
    if (!unansweredReminderDue(due, days)) continue;
    notified += await db.transaction(async (tx) => {
      if (!(await claimEffect(tx, "questions.unanswered_reminder", `${c.id}:${amsterdamDay(now)}`, now))) return 0;
      const officers = [...new Set([c.createdBy, ...rows.flatMap((r) => r.q.touchedBy)])];
      const sent = await notifyUsers(tx, officers, {
        subject: t("questions.reminderSubject", { title: c.title }),
        body: t("questions.reminderBody", { count: rows.length, title: c.title, ends: formatDateTime(periodEnds) }),
        link: `${ctx.siteUrl}/beheer/consultaties/${c.id}/vragen`,
      });
      await recordAudit(
        { db: tx, actor: null, origin: jobOrigin(QUESTION_REMINDER_JOB) },
        {
          action: "question.remind",
          objectType: "consultation",
          objectId: c.id,
          trajectoryId: c.trajectoryId,
          details: { unanswered: rows.length, notified: sent, scheduled: true },
        },
      );
      reminded += 1;
      return sent;
    });
  }
  return { consultations: reminded, notified };
}
