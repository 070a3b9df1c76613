import { expect, type Browser } from "@playwright/test";
import { login, newPage } from "./login";

/**
 * The link in the newest e-mail to `recipient` whose subject matches, read as the administrator does
 * in Beheer → Uitgaande post (the portal keeps mail there when no SMTP server is configured).
 */
export async function linkFromLatestMail(browser: Browser, recipient: string, subject: RegExp): Promise<string> {
  const admin = await newPage(browser);
  await login(admin, "beheerder@inkoopdialoog.nl");
  await admin.goto("/beheer/uitgaande-post");
  const row = admin.getByRole("row").filter({ hasText: recipient }).filter({ hasText: subject }).first();
  await row.locator("summary").click();
  const body = (await row.locator("pre").textContent()) ?? "";
  const link = body.match(/https?:\/\/\S+/)?.[0];
  expect(link, `a link in the mail to ${recipient}`).toBeTruthy();
  await admin.context().close();
  return link!;
}
