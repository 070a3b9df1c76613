"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { peekToken } from "@/lib/auth/account-tokens";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { resendVerification, verifyEmail } from "@/lib/auth/email-verification";
import { requestPasswordReset, resetPassword, TOKEN_MESSAGES } from "@/lib/auth/password-reset";
import { auditRefusedForm } from "@/lib/auth/refusals";
import { emailOnlyInput, passwordResetInput } from "@/lib/auth/validation";
import { DomainRuleError } from "@/lib/errors";
import { formValues, type FormState } from "@/lib/http/form-state";
import { auditOrigin } from "@/lib/http/request-origin";
import { siteUrl } from "@/lib/http/site-url";
import { t } from "@/lib/i18n";
import { zodFieldErrors } from "@/lib/validation/messages";

/** "Forgot password": the same answer whether or not the address has an account. */
export async function forgotPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = emailOnlyInput.safeParse(values);
  if (!parsed.success)
    return { status: "error", message: t("errors.checkFields"), fieldErrors: zodFieldErrors(parsed.error), values };
  const requestHeaders = await headers();
  await requestPasswordReset(await getDb(), {
    email: parsed.data.email,
    origin: auditOrigin(requestHeaders),
    siteUrl: siteUrl(),
  });
  return { status: "success", message: t("passwordReset.requested"), values };
}

/** A new password from the link; every problem at once, the token's too. */
export async function setNewPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const { password: _p, passwordRepeat: _r, ...values } = formValues(formData);
  const parsed = passwordResetInput.safeParse(formValues(formData));
  const db = await getDb();
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error);
    const token = typeof values.token === "string" ? values.token : "";
    const peek = token ? await peekToken(db, token, "password_reset") : ({ ok: false, reason: "unknown" } as const);
    if (!peek.ok && !fieldErrors.token) fieldErrors.token = [t(TOKEN_MESSAGES[peek.reason])];
    await auditRefusedForm(
      { db, actor: null, origin: auditOrigin(await headers()) },
      { action: "auth.password_reset", objectId: peek.ok ? peek.userId : null },
      fieldErrors,
    );
    return { status: "error", message: t("errors.checkFields"), fieldErrors, values };
  }
  try {
    await resetPassword(db, {
      token: parsed.data.token,
      password: parsed.data.password,
      origin: auditOrigin(await headers()),
    });
  } catch (error) {
    if (error instanceof DomainRuleError)
      return { status: "error", message: t("errors.checkFields"), fieldErrors: { token: [error.userMessage] }, values };
    throw error;
  }
  redirect("/inloggen?hersteld=1");
}

export async function resendVerificationMail(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = emailOnlyInput.safeParse(values);
  if (!parsed.success)
    return { status: "error", message: t("errors.checkFields"), fieldErrors: zodFieldErrors(parsed.error), values };
  const requestHeaders = await headers();
  await resendVerification(await getDb(), {
    email: parsed.data.email,
    origin: auditOrigin(requestHeaders),
    siteUrl: siteUrl(),
  });
  return { status: "success", message: t("verification.resent"), values };
}

/** Confirms the address on a button press, not on opening the link: mail scanners open links too. */
export async function confirmEmail(_prev: FormState, formData: FormData): Promise<FormState> {
  const token = formData.get("token");
  const outcome = await verifyEmail(await getDb(), {
    token: typeof token === "string" ? token.slice(0, 200) : "",
    actor: await getCurrentActor(),
    origin: auditOrigin(await headers()),
  });
  if (outcome.ok) redirect("/inloggen?bevestigd=1");
  const message =
    outcome.reason === "other_account" ? t("errors.verificationOtherAccount") : t(TOKEN_MESSAGES[outcome.reason]);
  return { status: "error", message };
}
