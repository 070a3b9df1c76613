"use server";

import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import { verifySecondFactor } from "@/lib/auth/second-factor";
import { enrolSecondFactor } from "@/lib/auth/second-factor-writes";
import { completeChallenge, readChallenge } from "@/lib/auth/sign-in-challenge";
import { auditRefusedForm } from "@/lib/auth/refusals";
import { secondFactorInput } from "@/lib/auth/validation";
import { DomainRuleError } from "@/lib/errors";
import { formValues, type FormState } from "@/lib/http/form-state";
import { auditOrigin } from "@/lib/http/request-origin";
import { t } from "@/lib/i18n";
import { zodFieldErrors } from "@/lib/validation/messages";
import { challengeFromCookie, finishSignIn } from "./sign-in-flow";

const expired = (): FormState => ({ status: "error", message: t("errors.signInExpired") });

/** The second step of a sign-in: a code from the app or a recovery code. */
export async function verifyCode(_prev: FormState, formData: FormData): Promise<FormState> {
  const submitted = formValues(formData);
  // The code itself is never sent back into the form.
  const { code: _code, ...values } = submitted;
  const parsed = secondFactorInput.safeParse(submitted);
  const token = await challengeFromCookie();
  const db = await getDb();
  const challenge = token ? await readChallenge(db, token) : null;
  if (!token || !challenge || challenge.step !== "verify") return expired();
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error);
    await auditRefusedForm(
      { db, actor: null, origin: auditOrigin(await headers()) },
      { action: "auth.mfa_verify", objectId: challenge.userId },
      fieldErrors,
    );
    return { status: "error", message: t("errors.checkFields"), fieldErrors, values };
  }
  const check = await verifySecondFactor(db, challenge.userId, parsed.data.code);
  await recordAudit(
    { db, actor: null, origin: auditOrigin(await headers()) },
    {
      action: "auth.mfa_verify",
      objectType: "user",
      objectId: challenge.userId,
      result: check.ok ? "success" : "denied",
      details: check.ok ? { method: check.method } : { reason: check.reason },
    },
  );
  if (!check.ok) {
    const message = t(check.reason === "waiting" ? "errors.codeWaiting" : "errors.codeWrong");
    return { status: "error", message: t("errors.checkFields"), fieldErrors: { code: [message] }, values };
  }
  await completeChallenge(db, token);
  return finishSignIn(token, parsed.data.next ?? "/");
}

/** Enrolment at a sign-in that requires it: the first correct code activates the factor. */
export async function confirmEnrolmentAtSignIn(_prev: FormState, formData: FormData): Promise<FormState> {
  const submitted = formValues(formData);
  // The code itself is never sent back into the form.
  const { code: _code, ...values } = submitted;
  const parsed = secondFactorInput.safeParse(submitted);
  if (!parsed.success)
    return { status: "error", message: t("errors.checkFields"), fieldErrors: zodFieldErrors(parsed.error), values };
  const token = await challengeFromCookie();
  const db = await getDb();
  const challenge = token ? await readChallenge(db, token) : null;
  if (!token || !challenge || challenge.step !== "enrol") return expired();
  try {
    const codes = await enrolSecondFactor(db, {
      userId: challenge.userId,
      code: parsed.data.code,
      origin: auditOrigin(await headers()),
      actor: null,
    });
    await completeChallenge(db, token);
    return { status: "success", message: t("secondFactor.enrolled"), meta: { codes: codes.join(" ") }, values };
  } catch (error) {
    if (error instanceof DomainRuleError)
      return { status: "error", message: t("errors.checkFields"), fieldErrors: { code: [error.userMessage] }, values };
    throw error;
  }
}

/** After the recovery codes were shown: the session starts. */
export async function finishEnrolment(_prev: FormState, formData: FormData): Promise<FormState> {
  const token = await challengeFromCookie();
  if (!token) return expired();
  const next = formData.get("next");
  return finishSignIn(token, typeof next === "string" ? next : "/");
}
