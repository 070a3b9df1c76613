import { describe, expect, it } from "vitest";
import { questionReminderDays, unansweredReminderDue } from "@/lib/questions/reminder-rule";

const now = new Date("2027-02-10T09:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86400_000);
const later = new Date("2027-03-01T00:00:00Z");

describe("reminder of unanswered questions", () => {
  it("waits until the oldest question has waited the number of days", () => {
    expect(unansweredReminderDue({ unansweredAskedAt: [daysAgo(1)], periodEnds: later, now, localHour: 10 }, 2)).toBe(
      false,
    );
    expect(
      unansweredReminderDue({ unansweredAskedAt: [daysAgo(1), daysAgo(2)], periodEnds: later, now, localHour: 10 }, 2),
    ).toBe(true);
  });

  it("reminds of any unanswered question once the question period has ended", () => {
    expect(
      unansweredReminderDue({ unansweredAskedAt: [daysAgo(0)], periodEnds: daysAgo(0), now, localHour: 10 }, 2),
    ).toBe(true);
  });

  it("stays quiet without questions, at night and when switched off", () => {
    expect(unansweredReminderDue({ unansweredAskedAt: [], periodEnds: daysAgo(1), now, localHour: 10 }, 2)).toBe(false);
    expect(unansweredReminderDue({ unansweredAskedAt: [daysAgo(5)], periodEnds: later, now, localHour: 7 }, 2)).toBe(
      false,
    );
    expect(unansweredReminderDue({ unansweredAskedAt: [daysAgo(5)], periodEnds: later, now, localHour: 8 }, 2)).toBe(
      true,
    );
    expect(unansweredReminderDue({ unansweredAskedAt: [daysAgo(5)], periodEnds: later, now, localHour: 10 }, 0)).toBe(
      false,
    );
  });

  it("reads QUESTION_REMINDER_DAYS, falling back to 2 on nonsense", () => {
    expect(questionReminderDays({})).toBe(2);
    expect(questionReminderDays({ QUESTION_REMINDER_DAYS: "5" })).toBe(5);
    expect(questionReminderDays({ QUESTION_REMINDER_DAYS: "0" })).toBe(0);
    expect(questionReminderDays({ QUESTION_REMINDER_DAYS: "twee" })).toBe(2);
    expect(questionReminderDays({ QUESTION_REMINDER_DAYS: "-3" })).toBe(2);
  });
});
