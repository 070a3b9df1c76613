"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import { signIn, signOut } from "@/lib/auth/auth";
import { getCurrentActor, getCurrentSessionId } from "@/lib/auth/current-actor";
import { registerUser } from "@/lib/auth/registration";
import { endSession } from "@/lib/auth/sessions";
import { loginInput, registrationInput, safeReturnPath } from "@/lib/auth/validation";
import { DomainRuleError } from "@/lib/errors";
import { formValues, type FormState } from "@/lib/http/form-state";
import { auditOrigin } from "@/lib/http/request-origin";
import { t } from "@/lib/i18n";
import { zodFieldErrors } from "@/lib/validation/messages";

export async function login(_prev: FormState, formData: FormData): Promise<FormState> {
  const { password: _password, ...values } = formValues(formData);
  const parsed = loginInput.safeParse(formValues(formData));
  if (!parsed.success)
    return { status: "error", message: t("errors.checkFields"), fieldErrors: zodFieldErrors(parsed.error), values };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeReturnPath(parsed.data.next),
    });
  } catch (error) {
    // Redirects are thrown too; only a failed sign-in is ours to answer.
    if (error instanceof AuthError) return { status: "error", message: t("errors.loginFailed"), values };
    throw error;
  }
  return { status: "success" };
}

export async function logout(): Promise<void> {
  const [actor, sessionId] = await Promise.all([getCurrentActor(), getCurrentSessionId()]);
  const db = await getDb();
  if (sessionId) await endSession(db, sessionId);
  if (actor) {
    await recordAudit(
      { db, actor, origin: auditOrigin(await headers()) },
      { action: "auth.logout", objectType: "user", objectId: actor.id },
    );
  }
  await signOut({ redirectTo: "/" });
}

export async function register(_prev: FormState, formData: FormData): Promise<FormState> {
  const { password: _p, passwordRepeat: _r, ...values } = formValues(formData);
  const parsed = registrationInput.safeParse(formValues(formData));
  if (!parsed.success)
    return { status: "error", message: t("errors.checkFields"), fieldErrors: zodFieldErrors(parsed.error), values };
  try {
    await registerUser(await getDb(), auditOrigin(await headers()), parsed.data);
  } catch (error) {
    if (error instanceof DomainRuleError) {
      return {
        status: "error",
        message: t("errors.checkFields"),
        fieldErrors: error.field ? { [error.field]: [error.userMessage] } : undefined,
        values,
      };
    }
    throw error;
  }
  redirect(`/inloggen?geregistreerd=${parsed.data.kind}`);
}
