import "server-only";
import nodemailer from "nodemailer";
import type { MailTransport } from "./deliver";

/** SMTP settings from the environment; without SMTP_HOST mail stays in the outbox for the admin page. */
export function smtpFromEnv(
  env: Record<string, string | undefined> = process.env,
): { transport: MailTransport; from: string } | null {
  if (!env.SMTP_HOST) return null;
  const transport = nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT ?? 587),
    secure: env.SMTP_SECURE === "true",
    // The name this instance greets the mail server with (EHLO); nodemailer uses the host name without it.
    name: env.SMTP_NAME || undefined,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? "" } : undefined,
    // A mail server that hangs fails the attempt within a minute (nodemailer waits 10 minutes by default);
    // the message's claim (MAIL_CLAIM_SECONDS, 5 minutes) outlasts these, so it is never sent twice at once.
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
  return { transport, from: env.SMTP_FROM ?? "Inkoopdialoog <noreply@inkoopdialoog.nl>" };
}
