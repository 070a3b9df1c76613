import { outbox } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { t } from "@/lib/i18n";
import { TOKEN_MINUTES } from "./account-tokens";

/** The account e-mails. Links are built from the site address the caller passes, never from the request. */
export type AccountMail = { subject: string; body: string };

export const passwordResetMail = (siteUrl: string, token: string): AccountMail => ({
  subject: t("authMail.resetSubject"),
  body: t("authMail.resetBody", {
    link: `${siteUrl}/wachtwoord-herstellen?token=${encodeURIComponent(token)}`,
    minutes: TOKEN_MINUTES.password_reset,
  }),
});

export const verificationMail = (siteUrl: string, token: string): AccountMail => ({
  subject: t("authMail.verifySubject"),
  body: t("authMail.verifyBody", { link: `${siteUrl}/e-mail-bevestigen?token=${encodeURIComponent(token)}` }),
});

/** For a registration with an address that already has an account: tells the owner, not the visitor. */
export const alreadyRegisteredMail = (siteUrl: string): AccountMail => ({
  subject: t("authMail.existsSubject"),
  body: t("authMail.existsBody", { login: `${siteUrl}/inloggen`, reset: `${siteUrl}/wachtwoord-vergeten` }),
});

export const passwordChangedMail = (): AccountMail => ({
  subject: t("authMail.changedSubject"),
  body: t("authMail.changedBody"),
});

export const secondFactorResetMail = (): AccountMail => ({
  subject: t("authMail.factorResetSubject"),
  body: t("authMail.factorResetBody"),
});

/** Into the outbox, inside the caller's transaction. */
export async function queueMail(db: Executor, recipient: string, mail: AccountMail): Promise<void> {
  await db.insert(outbox).values({ recipient, subject: mail.subject, body: mail.body });
}
