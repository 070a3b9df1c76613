import "server-only";
import { AuthError } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/auth";
import { CHALLENGE_COOKIE, CHALLENGE_MINUTES, type ChallengeStep } from "@/lib/auth/sign-in-challenge";
import { safeReturnPath } from "@/lib/auth/validation";
import type { FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";

const STEP_PAGES: Record<Exclude<ChallengeStep, "done">, string> = {
  verify: "/inloggen/code",
  enrol: "/inloggen/tweede-factor",
};

/** The challenge travels in an HTTP-only cookie limited to the sign-in pages, never in page scripts. */
export async function rememberChallenge(token: string): Promise<void> {
  const https = (await headers()).get("x-forwarded-proto") === "https" || process.env.AUTH_URL?.startsWith("https:");
  (await cookies()).set(CHALLENGE_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: Boolean(https),
    path: "/",
    maxAge: CHALLENGE_MINUTES * 60,
  });
}

export async function challengeFromCookie(): Promise<string | null> {
  return (await cookies()).get(CHALLENGE_COOKIE)?.value ?? null;
}

/** After the first factor: on to the code, to enrolment, or straight into the session. */
export async function continueSignIn(token: string, step: ChallengeStep, next: string | undefined): Promise<FormState> {
  const returnTo = safeReturnPath(next);
  if (step !== "done") {
    await rememberChallenge(token);
    redirect(`${STEP_PAGES[step]}?terug=${encodeURIComponent(returnTo)}`);
  }
  return finishSignIn(token, returnTo);
}

/** Starts the session from a completed challenge (Auth.js answers with the redirect it throws). */
export async function finishSignIn(token: string, returnTo: string): Promise<FormState> {
  (await cookies()).delete(CHALLENGE_COOKIE);
  try {
    await signIn("credentials", { challenge: token, redirectTo: safeReturnPath(returnTo) });
  } catch (error) {
    // Redirects are thrown too; only a failed sign-in is ours to answer.
    if (error instanceof AuthError) return { status: "error", message: t("errors.signInExpired") };
    throw error;
  }
  return { status: "success" };
}
