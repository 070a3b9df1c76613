import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login } from "./support/login";

test("an officer edits a trajectory starting from what is stored", async ({ page }) => {
  await login(page, "beleid@zaanstad.nl");
  await page.goto("/beheer/trajecten");
  await page.getByRole("link", { name: "Dyslexiezorg 2027" }).click();
  await page.getByRole("link", { name: "Gegevens wijzigen" }).click();
  await expect(page.getByLabel("Titel")).toHaveValue("Dyslexiezorg 2027");
  await expect(page.getByLabel("Geraamde waarde in euro's")).toHaveValue("640.000");
  await expect(page.getByLabel("Domein")).toHaveValue("jeugd");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Titel").fill("Dyslexiezorg 2027–2029");
  await page.getByLabel("Einde fase 1: Strategische doelen").fill("2020-01-01");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByText("De einddatum ligt vóór de begindatum.")).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveValue("Dyslexiezorg 2027–2029");
  await page.getByLabel("Einde fase 1: Strategische doelen").fill("2026-04-15");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dyslexiezorg 2027–2029" })).toBeVisible();
  await expect(page.getByText("De wijzigingen zijn opgeslagen.")).toBeVisible();
  await expect(page.getByText("De gekozen procedure past niet goed bij de geraamde waarde")).toHaveCount(0);
});

test("an officer adapts the phase guidance and it shows on the phase pages", async ({ page }) => {
  await login(page, "inkoper@zaanstad.nl");
  await page.goto("/beheer/handreiking?fase=choices");
  await expectNoSeriousA11yViolations(page);
  const field = page.getByLabel("Met wie praat je — Aanbieder");
  await field.fill("");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Vul minstens één punt in.")).toBeVisible();
  await field.fill(
    "Zoek samenwerking met andere aanbieders in de subregio.\nDeel uw cijfers met het verhaal erachter.",
  );
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("De handreiking is bijgewerkt.")).toBeVisible();

  await page.goto("/trajecten");
  await page.getByRole("link", { name: "Huishoudelijke ondersteuning Zaanstad (open house)" }).click();
  await expect(page.getByText("Zoek samenwerking met andere aanbieders in de subregio.")).toBeVisible();
});

test("an officer is refused the administrator's user management", async ({ page }) => {
  await login(page, "inkoper@zaanstad.nl");
  const response = await page.goto("/beheer/gebruikers");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
