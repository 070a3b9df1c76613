import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import { consultations, qaPeriods, qaQuestions, qaTrajectoryPeriods, trajectories } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { formatDateTime, t } from "@/lib/i18n";
import { jobOrigin, type JobContext } from "@/lib/jobs/context";
import { claimEffect } from "@/lib/jobs/effects";
import { notifyUsers } from "@/lib/messaging/outbox";
import { amsterdamDay, amsterdamHour } from "@/lib/time/amsterdam";
import { questionReminderDays, unansweredReminderDue } from "./reminder-rule";
import { questionPeriodEnd } from "./state-machine";
import { trajectoryTakesQuestions } from "./trajectory-access";

export const QUESTION_REMINDER_JOB = "question-reminders";

/** The unanswered questions of one consultation, or of one trajectory as a whole, and whom to remind. */
type Waiting = {
  objectType: "consultation" | "trajectory";
  objectId: string;
  trajectoryId: string;
  title: string;
  createdBy: string;
  /** Null: the trajectory's questions run until its choices phase ends, a date not fixed in advance. */
  periodEnds: Date | null;
  link: string;
  rows: { askedAt: Date; touchedBy: string[] }[];
};

const unanswered = and(eq(qaQuestions.state, "received"), ne(qaQuestions.answerState, "final"));

function group(into: Map<string, Waiting>, key: string, make: () => Omit<Waiting, "rows">, row: Waiting["rows"][0]) {
  const entry = into.get(key) ?? { ...make(), rows: [] };
  entry.rows.push(row);
  into.set(key, entry);
}

async function waitingQuestions(ctx: JobContext): Promise<Waiting[]> {
  const { db, now } = ctx;
  const byConsultation = await db
    .select({ q: qaQuestions, c: consultations, periodClosesAt: qaPeriods.closesAt })
    .from(qaQuestions)
    .innerJoin(consultations, eq(consultations.id, qaQuestions.consultationId))
    .leftJoin(qaPeriods, eq(qaPeriods.consultationId, qaQuestions.consultationId))
    .where(and(unanswered, inArray(consultations.state, ["published", "open", "closed"])));
  const byTrajectory = await db
    .select({ q: qaQuestions, tr: trajectories, periodClosesAt: qaTrajectoryPeriods.closesAt })
    .from(qaQuestions)
    .innerJoin(trajectories, eq(trajectories.id, qaQuestions.trajectoryId))
    .leftJoin(qaTrajectoryPeriods, eq(qaTrajectoryPeriods.trajectoryId, qaQuestions.trajectoryId))
    .where(and(unanswered, isNull(qaQuestions.consultationId)));
  const groups = new Map<string, Waiting>();
  for (const { q, c, periodClosesAt } of byConsultation)
    group(
      groups,
      `c:${c.id}`,
      () => ({
        objectType: "consultation",
        objectId: c.id,
        trajectoryId: c.trajectoryId,
        title: c.title,
        createdBy: c.createdBy,
        periodEnds: questionPeriodEnd(c.closesAt, periodClosesAt),
        link: `${ctx.siteUrl}/beheer/consultaties/${c.id}/vragen`,
      }),
      q,
    );
  for (const { q, tr, periodClosesAt } of byTrajectory)
    group(
      groups,
      `t:${tr.id}`,
      () => ({
        objectType: "trajectory",
        objectId: tr.id,
        trajectoryId: tr.id,
        title: tr.title,
        createdBy: tr.createdBy,
        // Past the choices phase the questions can no longer be asked: the period is over.
        periodEnds: !trajectoryTakesQuestions(tr.currentPhase) ? now : periodClosesAt,
        link: `${ctx.siteUrl}/beheer/trajecten/${tr.id}/vragen`,
      }),
      q,
    );
  return [...groups.values()];
}

/**
 * The scheduled reminder to officers of questions still waiting for a fixed answer, at most once per
 * consultation (or trajectory as a whole) per Dutch calendar day (idempotent through `scheduled_effects`).
 * It goes to the officer who made the consultation or trajectory and everyone who worked on its questions.
 */
export async function remindUnansweredQuestions(
  ctx: JobContext,
  days = questionReminderDays(),
): Promise<{ consultations: number; trajectories: number; notified: number }> {
  const counts = { consultations: 0, trajectories: 0, notified: 0 };
  if (days <= 0) return counts;
  const { db, now } = ctx;
  for (const w of await waitingQuestions(ctx)) {
    const due = {
      unansweredAskedAt: w.rows.map((r) => r.askedAt),
      // Without a fixed end, only the waiting time counts.
      periodEnds: w.periodEnds ?? new Date(8.64e15),
      now,
      localHour: amsterdamHour(now),
    };
    if (!unansweredReminderDue(due, days)) continue;
    const key = w.objectType === "consultation" ? w.objectId : `trajectory:${w.objectId}`;
    counts.notified += await db.transaction(async (tx) => {
      if (!(await claimEffect(tx, "questions.unanswered_reminder", `${key}:${amsterdamDay(now)}`, now))) return 0;
      const officers = [...new Set([w.createdBy, ...w.rows.flatMap((r) => r.touchedBy)])];
      const sent = await notifyUsers(tx, officers, {
        subject: t("questions.reminderSubject", { title: w.title }),
        body: w.periodEnds
          ? t("questions.reminderBody", { count: w.rows.length, title: w.title, ends: formatDateTime(w.periodEnds) })
          : t("questions.reminderBodyTrajectory", { count: w.rows.length, title: w.title }),
        link: w.link,
      });
      await recordAudit(
        { db: tx, actor: null, origin: jobOrigin(QUESTION_REMINDER_JOB) },
        {
          action: "question.remind",
          objectType: w.objectType,
          objectId: w.objectId,
          trajectoryId: w.trajectoryId,
          details: { unanswered: w.rows.length, notified: sent, scheduled: true },
        },
      );
      if (w.objectType === "consultation") counts.consultations += 1;
      else counts.trajectories += 1;
      return sent;
    });
  }
  return counts;
}
