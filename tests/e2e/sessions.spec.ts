import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login, newPage } from "./support/login";

// An account whose password no other spec changes (the reset flow takes the Wmo council member's).
const EMAIL = "inwoner@example.nl";

test('the account page lists the own sessions and "elders afmelden" signs the other browser out', async ({
  browser,
}) => {
  const here = await newPage(browser);
  const elsewhere = await newPage(browser);
  await login(elsewhere, EMAIL);
  await login(here, EMAIL);

  await here.goto("/account");
  const sessions = here.getByTestId("sessions");
  await expect(sessions.getByRole("row").filter({ hasText: "deze sessie" })).toHaveCount(1);
  // The header row, this session and at least the other browser's.
  expect(await sessions.getByRole("row").count()).toBeGreaterThanOrEqual(3);
  await expect(sessions).toContainText("127.0.0.1");
  await expectNoSeriousA11yViolations(here);

  await here.getByRole("button", { name: "Elders afmelden" }).click();
  await expect(here.getByText(/andere sessies? (is|zijn) afgemeld\./)).toBeVisible();
  await here.reload();
  await expect(sessions.getByRole("row")).toHaveCount(2);
  await expect(here.getByText("U bent alleen hier ingelogd.")).toBeVisible();
  await expectNoSeriousA11yViolations(here);

  await elsewhere.goto("/account");
  await expect(elsewhere).toHaveURL(/\/inloggen/);
  await here.goto("/account");
  await expect(here.getByRole("heading", { level: 1, name: "Mijn account" })).toBeVisible();

  await here.context().close();
  await elsewhere.context().close();
});

test("page scripts never see the server-side session id", async ({ page }) => {
  await login(page, EMAIL);
  const answer = await page.evaluate(async () => {
    const response = await fetch("/api/auth/session");
    return { text: await response.text(), cookies: document.cookie };
  });
  const session = JSON.parse(answer.text) as Record<string, unknown>;
  expect(Object.keys(session)).toEqual(["expires"]);
  expect(answer.cookies).not.toContain("session-token");
});
