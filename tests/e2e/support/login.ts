import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../../db/seed/accounts";
import { freshTotpCode } from "./totp";

export const DEMO_PASSWORD = "Welkom-demo-2026";

type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>;
/**
 * Sessions of accounts with a second factor, kept for this run: the portal accepts each 30-second
 * code once, so signing the same officer in again and again would wait for new codes. A kept
 * session is used only while the portal still honours it (not after logout, a role change, ...).
 */
const keptSessions = new Map<string, Cookies>();

async function reuseSession(page: Page, email: string): Promise<boolean> {
  const cookies = keptSessions.get(email);
  if (!cookies) return false;
  await page.context().addCookies(cookies);
  await page.goto("/account");
  if (page.url().includes("/inloggen")) {
    keptSessions.delete(email);
    await page.context().clearCookies();
    return false;
  }
  await page.goto("/");
  return true;
}

/**
 * Signs in through the form, with the second step when the account has one: demo officers and the
 * administrator have the seeded TOTP secret from the README, other accounts pass their own.
 */
export async function login(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
  totpSecret = DEMO_ACCOUNTS.find((a) => a.email === email)?.totpSecret,
): Promise<void> {
  if (totpSecret && (await reuseSession(page, email))) return;
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).not.toHaveURL(/\/inloggen(\?|$)/);
  if (totpSecret && /\/inloggen\/code/.test(page.url())) await enterTotpCode(page, totpSecret);
  await expect(page).not.toHaveURL(/\/inloggen/);
  if (totpSecret) keptSessions.set(email, await page.context().cookies());
}

/** The second step; a code that was already used (by an earlier sign-in in this run) is retried once. */
export async function enterTotpCode(page: Page, secret: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.getByRole("textbox", { name: "Code", exact: true }).fill(await freshTotpCode(secret));
    await page.getByRole("button", { name: "Verder" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/inloggen/code"), { timeout: 5_000 }).catch(() => {});
    if (!page.url().includes("/inloggen/code")) return;
  }
}

/** A page in its own browser context: a second person with their own session (axe needs a context of its own too). */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}
