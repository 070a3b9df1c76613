import { siteUrl } from "@/lib/http/site-url";

/** The job worker's settings from the environment (README, settings table). */
export type JobSettings = {
  /** JOBS_IN_WEB=0: the web server runs no worker; `npm run worker` does. */
  inWeb: boolean;
  mailPollSeconds: number;
  claimMs: number;
  poolSize: number;
  siteUrl: string;
};

const positive = (raw: string | undefined, fallback: number) => {
  const n = Number(raw);
  return raw !== undefined && raw !== "" && Number.isFinite(n) && n > 0 ? n : fallback;
};

/** Whether the web server runs the job worker itself (the default). */
export const jobsRunInWeb = (env: Record<string, string | undefined> = process.env) => env.JOBS_IN_WEB !== "0";

export function jobSettings(env: Record<string, string | undefined> = process.env): JobSettings {
  return {
    inWeb: jobsRunInWeb(env),
    mailPollSeconds: positive(env.MAIL_POLL_SECONDS, 5),
    claimMs: positive(env.MAIL_CLAIM_SECONDS, 300) * 1000,
    poolSize: Math.round(positive(env.JOBS_POOL_SIZE, 2)),
    siteUrl: siteUrl(env),
  };
}
