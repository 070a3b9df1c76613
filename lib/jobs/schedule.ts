import { closeDueConsultations, CLOSING_JOB } from "@/lib/consultation/closing";
import { REMINDER_JOB, sendDueReminders } from "@/lib/consultation/scheduled-reminders";
import { ESTABLISH_JOB, establishDueResults } from "@/lib/kpi/establish";
import { ATTENDEE_CHECK_END_JOB, endAttendeeChecks } from "@/lib/minutes/attendee-check-end";
import { EXCLUSION_EXPIRY_JOB, expireExclusions } from "@/lib/overlegtafel/exclusion-expiry";
import { QUESTION_REMINDER_JOB, remindUnansweredQuestions } from "@/lib/questions/unanswered-reminders";
import { DIGEST_JOB, sendDailyDigests } from "@/lib/notifications/digest";
import type { JobContext } from "./context";
import { PURGE_JOB, purgeExpired } from "./purge";

export type ScheduledJob = {
  name: string;
  /** Cron expression in Dutch time. Each job is idempotent: a late or repeated run catches up and repeats nothing. */
  cron: string;
  run: (ctx: JobContext) => Promise<Record<string, unknown>>;
};

/**
 * Every scheduled job. The job library creates one job per cron moment for the whole cluster, so
 * each runs once across all instances however many workers there are.
 */
export const SCHEDULED_JOBS: ScheduledJob[] = [
  { name: CLOSING_JOB, cron: "* * * * *", run: closeDueConsultations },
  { name: ATTENDEE_CHECK_END_JOB, cron: "* * * * *", run: endAttendeeChecks },
  { name: REMINDER_JOB, cron: "*/15 * * * *", run: (ctx) => sendDueReminders(ctx) },
  // 1 April 00:00 is the moment; every hour after that catches up when the portal was down then.
  { name: ESTABLISH_JOB, cron: "1 * * * *", run: establishDueResults },
  { name: EXCLUSION_EXPIRY_JOB, cron: "2 * * * *", run: expireExclusions },
  { name: PURGE_JOB, cron: "17 * * * *", run: purgeExpired },
  // Hourly, so a late start still reminds that day; at most once per consultation per Dutch day.
  { name: QUESTION_REMINDER_JOB, cron: "5 * * * *", run: (ctx) => remindUnansweredQuestions(ctx) },
  // Every minute, so the digest goes out soon after DIGEST_HOUR; once per person per day whatever the runs.
  { name: DIGEST_JOB, cron: "* * * * *", run: (ctx) => sendDailyDigests(ctx) },
];
