"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import { signOut } from "@/lib/auth/auth";
import { verifyCredentials } from "@/lib/auth/credentials";
import { getCurrentActor, getCurrentSessionId } from "@/lib/auth/current-actor";
import { auditRefusedForm } from "@/lib/auth/refusals";
import { registerUser } from "@/lib/auth/registration";
import { endSession } from "@/lib/auth/sessions";
import { beginSignIn } from "@/lib/auth/sign-in-challenge";
import { loginInput, registrationInput } from "@/lib/auth/validation";
import { DomainRuleError } from "@/lib/errors";
import { formValues, type FormState } from "@/lib/http/form-state";
import { auditOrigin, clientAddress } from "@/lib/http/request-origin";
import { siteUrl } from "@/lib/http/site-url";
import { t } from "@/lib/i18n";
import { zodFieldErrors } from "@/lib/validation/messages";
import { continueSignIn } from "./sign-in-flow";

export async function login(_prev: FormState, formData: FormData): Promise<FormState> {
  const { password: _password, ...values } = formValues(formData);
  const parsed = loginInput.safeParse(formValues(formData));
  if (!parsed.success)
    return { status: "error", message: t("errors.checkFields"), fieldErrors: zodFieldErrors(parsed.error), values };
  const db = await getDb();
  const requestHeaders = await headers();
  const origin = auditOrigin(requestHeaders);
  const result = await verifyCredentials(db, parsed.data.email, parsed.data.password, clientAddress(requestHeaders));
  const refusal = !result.ok ? result.reason : result.emailVerified ? null : "unverified";
  await recordAudit(
    { db, actor: null, origin },
    {
      action: "auth.login",
      objectType: "user",
      objectId: result.ok ? result.userId : null,
      result: refusal ? "denied" : "success",
      details: { method: "password", email: parsed.data.email, ...(refusal ? { reason: refusal } : {}) },
    },
  );
  if (!result.ok) return { status: "error", message: t("errors.loginFailed"), values };
  if (!result.emailVerified) return { status: "error", message: t("errors.emailUnverified"), values };
  const { token, step } = await beginSignIn(db, { userId: result.userId, role: result.role, method: "password" });
  return { ...(await continueSignIn(token, step, parsed.data.next)), values };
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
  const requestHeaders = await headers();
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error);
    await auditRefusedForm(
      { db: await getDb(), actor: null, origin: auditOrigin(requestHeaders) },
      { action: "user.register", email: typeof values.email === "string" ? values.email.slice(0, 320) : undefined },
      fieldErrors,
    );
    return { status: "error", message: t("errors.checkFields"), fieldErrors, values };
  }
  try {
    await registerUser(await getDb(), { origin: auditOrigin(requestHeaders), siteUrl: siteUrl() }, parsed.data);
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
