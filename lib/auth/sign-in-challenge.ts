import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, lt } from "drizzle-orm";
import { signInChallenges } from "@/db/schema";
import type { Executor } from "@/db/connection";
import type { Role } from "./roles";
import { hasSecondFactor, secondFactorMandatory } from "./second-factor";

/** Long enough to find the phone and install an app, short enough that a forgotten tab is worthless. */
export const CHALLENGE_MINUTES = 15;
export const CHALLENGE_COOKIE = "inkoop-aanmelding";

export type ChallengeStep = "verify" | "enrol" | "done";
export type Challenge = { userId: string; step: ChallengeStep; method: "password" | "oidc" };

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

/** What is still missing after the first factor: nothing, a code, or enrolment (for mandatory roles). */
export function nextStep(input: { role: Role; enrolled: boolean; factorAsserted: boolean }): ChallengeStep {
  if (input.factorAsserted) return "done";
  if (input.enrolled) return "verify";
  return secondFactorMandatory(input.role) ? "enrol" : "done";
}

/**
 * Starts a sign-in once the first factor is accepted. The token is the only way to finish it: the
 * session is created from a completed challenge, never from a password alone.
 */
export async function beginSignIn(
  db: Executor,
  input: { userId: string; role: Role; method: "password" | "oidc"; factorAsserted?: boolean },
  now = new Date(),
): Promise<{ token: string; step: ChallengeStep }> {
  const step = nextStep({
    role: input.role,
    enrolled: await hasSecondFactor(db, input.userId),
    factorAsserted: input.factorAsserted ?? false,
  });
  const token = randomBytes(32).toString("base64url");
  // Abandoned sign-ins carry nothing worth keeping.
  await db.delete(signInChallenges).where(lt(signInChallenges.expiresAt, now));
  await db.insert(signInChallenges).values({
    tokenHash: digest(token),
    userId: input.userId,
    step,
    method: input.method,
    createdAt: now,
    expiresAt: new Date(now.getTime() + CHALLENGE_MINUTES * 60_000),
  });
  return { token, step };
}

export async function readChallenge(db: Executor, token: string, now = new Date()): Promise<Challenge | null> {
  const [row] = await db
    .select()
    .from(signInChallenges)
    .where(and(eq(signInChallenges.tokenHash, digest(token)), gt(signInChallenges.expiresAt, now)));
  return row ? { userId: row.userId, step: row.step, method: row.method } : null;
}

export async function completeChallenge(db: Executor, token: string): Promise<void> {
  await db
    .update(signInChallenges)
    .set({ step: "done" })
    .where(eq(signInChallenges.tokenHash, digest(token)));
}

/** Takes a completed challenge exactly once and answers whose it was; the session starts from this. */
export async function consumeChallenge(db: Executor, token: string, now = new Date()): Promise<string | null> {
  const [row] = await db
    .delete(signInChallenges)
    .where(
      and(
        eq(signInChallenges.tokenHash, digest(token)),
        eq(signInChallenges.step, "done"),
        gt(signInChallenges.expiresAt, now),
      ),
    )
    .returning({ userId: signInChallenges.userId });
  return row?.userId ?? null;
}
