import { TOKEN_MINUTES } from "@/lib/auth/account-tokens";
import { sessionLimits } from "@/lib/auth/session-limits";
import { CHALLENGE_MINUTES } from "@/lib/auth/sign-in-challenge";
import { THROTTLE_POLICIES } from "@/lib/auth/throttle";
import { JOB_EFFECT_RETENTION_DAYS, JOB_RUN_RETENTION_DAYS } from "@/lib/jobs/purge";

/**
 * The retention periods the privacy statement names, taken from the code and settings that enforce
 * them, so the statement cannot drift from what the portal does.
 */
export function retentionFacts(env: Record<string, string | undefined> = process.env) {
  const limits = sessionLimits(env);
  return {
    staffIdleMinutes: limits.staffIdleMinutes,
    idleMinutes: limits.idleMinutes,
    sessionHours: limits.absoluteHours,
    resetMinutes: TOKEN_MINUTES.password_reset,
    verificationDays: TOKEN_MINUTES.email_verification / (24 * 60),
    challengeMinutes: CHALLENGE_MINUTES,
    throttleHours: THROTTLE_POLICIES.account.resetAfterSeconds / 3600,
    jobRunDays: JOB_RUN_RETENTION_DAYS,
    jobEffectDays: JOB_EFFECT_RETENTION_DAYS,
  };
}
