import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login } from "./support/login";

test("a provider sees the public trajectory page but not the officer's screens", async ({ page }) => {
  await login(page, "aanbieder@zorggroep-zaanstreek.nl");
  await page.goto("/trajecten");
  await expectNoSeriousA11yViolations(page);
  const first = page.locator(".inkoop-card a").first();
  const href = await first.getAttribute("href");
  expect(href).toMatch(/^\/trajecten\/[0-9a-f-]{36}$/);
  await first.click();
  await expect(page.getByRole("heading", { name: "Wat komt hierna" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Planning per fase" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Huidige fase" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Fase vooruit zetten" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  const id = href!.split("/").pop()!;
  for (const path of [
    `/beheer/trajecten/${id}`,
    `/beheer/trajecten/${id}/bewerken`,
    `/beheer/trajecten/${id}/audit`,
    "/beheer/trajecten/nieuw",
    "/beheer/gebruikers",
  ]) {
    const response = await page.goto(path);
    expect([403, 404], `${path} gave ${response?.status()}`).toContain(response?.status());
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Geen toegang|Pagina niet gevonden/);
  }
  await expectNoSeriousA11yViolations(page);
});

test("an anonymous visitor reads the public portal and is sent to login for officer pages", async ({ page }) => {
  const home = await page.goto("/");
  expect(home?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto("/beheer/trajecten");
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Fbeheer%2Ftrajecten/);
  await expectNoSeriousA11yViolations(page);
  const missing = await page.goto("/trajecten/00000000-0000-4000-8000-000000000000");
  expect(missing?.status()).toBe(404);
  const malformed = await page.goto("/trajecten/niet-een-id");
  expect(malformed?.status()).toBe(404);
});

test("responses carry the security headers and signed-in pages are not cached", async ({ page, request }) => {
  const anon = await request.get("/");
  const headers = anon.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["x-content-type-options"]).toBe("nosniff");

  await login(page, "inkoper@zaanstad.nl");
  const response = await page.goto("/beheer/trajecten");
  expect(response?.headers()["cache-control"]).toContain("no-store");
});

test("a failed login gives one answer and keeps the e-mail address", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill("bestaat-niet@example.nl");
  await page.getByLabel("Wachtwoord").fill("verkeerd-wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Inloggen is niet gelukt");
  await expect(page.getByLabel("E-mailadres")).toHaveValue("bestaat-niet@example.nl");
  await expectNoSeriousA11yViolations(page);
});
