import { expect, test } from "@playwright/test";
import { DEMO_CONSULTATIONS } from "../../db/seed/dialogue-data";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login } from "./support/login";

test("a refused form lists every problem at once at the top, each linked to its field, and keeps the input", async ({
  page,
}) => {
  await page.goto("/registreren");
  await page.getByLabel("Naam").fill("A");
  await page.getByLabel("E-mailadres").fill("geen-adres");
  await page.getByLabel(/^Wachtwoord/).fill("kort");
  await page.getByLabel("Herhaal wachtwoord").fill("anders");
  await page.getByLabel("Ik registreer mij als").selectOption("provider");
  await page.getByRole("button", { name: "Account aanmaken" }).click();

  const summary = page.getByTestId("form-message");
  await expect(summary).toBeFocused();
  for (const field of ["Naam", "E-mailadres", "Wachtwoord", "Herhaal wachtwoord", "Zorgaanbieder"])
    await expect(summary.getByRole("link", { name: field, exact: true })).toBeVisible();
  await expect(page.getByText("De wachtwoorden zijn niet gelijk.")).toBeVisible();
  await expect(page.getByText("Kies de organisatie waarvoor u werkt.")).toBeVisible();

  await summary.getByRole("link", { name: "E-mailadres", exact: true }).click();
  await expect(page.getByLabel("E-mailadres")).toBeFocused();
  await expect(page.getByLabel("E-mailadres")).toHaveValue("geen-adres");
  await expect(page.getByLabel("Naam")).toHaveValue("A");
  await expectNoSeriousA11yViolations(page);
});

test("a text over its limit is not cut off: a counter says how much is too much and the server says why", async ({
  page,
}) => {
  await login(page, "inwoner@example.nl");
  await page.goto("/consultaties");
  await page.getByRole("link", { name: DEMO_CONSULTATIONS.open }).first().click();
  const box = page.getByRole("textbox", { name: "Uw bijdrage aan het gesprek" });
  const text = "x".repeat(10_000);
  await box.fill(text);
  await expect(box).toHaveValue(text);
  await expect(page.getByText(/6\.?000 tekens te veel/)).toBeVisible();

  await page.getByRole("button", { name: "Plaatsen" }).click();
  await expect(page.getByText(/Gebruik maximaal 4\.?000 tekens/)).toBeVisible();
  await expect(box).toHaveValue(text);
  await expectNoSeriousA11yViolations(page);
});
