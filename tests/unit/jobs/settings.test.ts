import { describe, expect, it } from "vitest";
import { jobSettings } from "@/lib/jobs/settings";
import { SCHEDULED_JOBS } from "@/lib/jobs/schedule";

describe("job settings", () => {
  it("runs in the web server with five-second mail rounds and five-minute claims by default", () => {
    expect(jobSettings({})).toEqual({
      inWeb: true,
      mailPollSeconds: 5,
      claimMs: 300_000,
      poolSize: 2,
      siteUrl: "http://localhost:3000",
    });
  });

  it("reads the settings and falls back on nonsense", () => {
    const s = jobSettings({
      JOBS_IN_WEB: "0",
      MAIL_POLL_SECONDS: "2",
      MAIL_CLAIM_SECONDS: "60",
      JOBS_POOL_SIZE: "3",
      AUTH_URL: "https://inkoop.gemeente.nl/",
    });
    expect(s).toEqual({
      inWeb: false,
      mailPollSeconds: 2,
      claimMs: 60_000,
      poolSize: 3,
      siteUrl: "https://inkoop.gemeente.nl",
    });
    const bad = jobSettings({ MAIL_POLL_SECONDS: "-1", MAIL_CLAIM_SECONDS: "vijf", JOBS_POOL_SIZE: "0" });
    expect(bad).toMatchObject({ mailPollSeconds: 5, claimMs: 300_000, poolSize: 2, inWeb: true });
  });

  it("schedules every job once under a unique queue name with a valid five-field cron", () => {
    const names = SCHEDULED_JOBS.map((j) => j.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        "consultation-close",
        "consultation-reminders",
        "kpi-establish",
        "exclusion-expiry",
        "attendee-check-end",
        "purge-expired",
        "question-reminders",
        "notification-digest",
      ]),
    );
    for (const job of SCHEDULED_JOBS) expect(job.cron.split(" ")).toHaveLength(5);
  });
});
