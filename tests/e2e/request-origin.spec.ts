import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login, newPage } from "./support/login";
import { confirmDialog } from "./support/confirm";

const SITE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`;
/** What a client can claim about itself; without trusted proxies none of it may count. */
const FORGED = {
  "X-Forwarded-For": "203.0.113.66",
  "X-Real-IP": "203.0.113.67",
  "X-Forwarded-Host": "evil.example",
  "X-Forwarded-Proto": "https",
  Forwarded: "for=203.0.113.68;host=evil.example;proto=https",
};

test("forged X-Forwarded-For and X-Forwarded-Host change neither the audit origin nor the links in the outbox", async ({
  browser,
}) => {
  const context = await browser.newContext({ extraHTTPHeaders: FORGED });
  const page = await context.newPage();
  await login(page, "inkoper@zaanstad.nl");
  await page.goto("/beheer/trajecten");
  await page.getByRole("link", { name: "Jeugdhulp ambulant regio Zaanstreek-Waterland" }).click();
  await page.waitForURL(/\/beheer\/trajecten\/[0-9a-f-]{36}$/);
  const trajectoryPath = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Nieuwe marktconsultatie" }).click();

  const title = `Herkomstcontrole ${Date.now()}`;
  await page.getByLabel("Titel").fill(title);
  await page
    .getByRole("textbox", { name: "Inleiding" })
    .fill("Een consultatie om de herkomst van verzoeken te toetsen.");
  await page.getByLabel("Toegang").selectOption("closed");
  await page.getByLabel("Vorm").selectOption("written");
  await page.getByLabel("Interactie").selectOption("non_interactive");
  await page.getByLabel("Voor wie").selectOption("providers");
  const local = (hours: number) =>
    new Intl.DateTimeFormat("sv-SE", {
      timeZone: "Europe/Amsterdam",
      dateStyle: "short",
      timeStyle: "short",
    })
      .format(new Date(Date.now() + hours * 3600_000))
      .replace(" ", "T");
  await page.getByLabel("Opent op").fill(local(-1));
  await page.getByLabel("Sluit op").fill(local(24 * 7));
  await page.getByLabel("Vraag 1").fill("Komt dit verzoek van waar het zegt?");
  await page.getByRole("button", { name: "Consultatie opslaan als concept" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page
    .getByRole("group", { name: "Zorgaanbieders" })
    .getByRole("checkbox", { name: /Zorggroep Zaanstreek/ })
    .check();
  await page.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(page.getByText("1 nieuwe uitnodiging verstuurd.")).toBeVisible();
  await page.getByRole("button", { name: "Publiceren" }).click();
  await confirmDialog(page);
  await expect(page.getByText("De consultatie is gepubliceerd.")).toBeVisible();

  // The audit log records the socket address of the connection, not what the client claimed.
  await page.goto(`${trajectoryPath}/audit`);
  const audit = page.getByTestId("audit-table");
  await expect(audit.getByRole("row").filter({ hasText: title }).first()).toBeVisible();
  await expect(audit).toContainText("web:127.0.0.1");
  await expect(audit).not.toContainText("203.0.113.");
  await expectNoSeriousA11yViolations(page);
  await context.close();

  // The invitation links to the configured site address, not to the forged host.
  const admin = await newPage(browser);
  await login(admin, "beheerder@inkoopdialoog.nl");
  await admin.goto("/beheer/uitgaande-post");
  const row = admin
    .getByTestId("outbox")
    .getByRole("row")
    .filter({ hasText: "aanbieder@zorggroep-zaanstreek.nl" })
    .filter({ hasText: `Uitnodiging marktconsultatie: ${title}` });
  await expect(row).toHaveCount(1);
  await row.getByText(`Uitnodiging marktconsultatie: ${title}`).click();
  const body = row.locator("pre");
  await expect(body).toContainText(`${SITE}/consultaties/`);
  await expect(body).not.toContainText("evil.example");
  await expect(body).not.toContainText("https://127.0.0.1");
  await expectNoSeriousA11yViolations(admin);
  await admin.context().close();
});

test("the administrator manages accounts and thresholds but does not read the dialogue's content", async ({ page }) => {
  await login(page, "beheerder@inkoopdialoog.nl");
  const nav = page.getByRole("navigation", { name: "Hoofdnavigatie" });
  await expect(nav.getByRole("link", { name: "Gebruikers" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Uitgaande post" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Drempels grootteklassen" })).toBeVisible();
  for (const name of ["Beheer trajecten", "Overlegtafels", "Contracten", "Uitvoering"]) {
    await expect(nav.getByRole("link", { name, exact: true })).toHaveCount(0);
  }
  for (const path of ["/beheer/trajecten", "/beheer/overlegtafels", "/beheer/uitvoering"]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
  await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
