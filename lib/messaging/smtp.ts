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
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? "" } : undefined,
  });
  return { transport, from: env.SMTP_FROM ?? "Inkoopdialoog <noreply@inkoopdialoog.nl>" };
}
