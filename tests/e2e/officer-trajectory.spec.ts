import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login } from "./support/login";
import { confirmDialog } from "./support/confirm";

test("an officer creates a trajectory, moves it forward and back, and finds the moves in the audit log", async ({
  page,
}) => {
  await login(page, "inkoper@zaanstad.nl");
  await page.goto("/beheer/trajecten");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Nieuw inkooptraject" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuw inkooptraject" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // First an incomplete form: clear Dutch messages, and what was typed stays.
  const title = `E2E Dagbesteding ${Date.now()}`;
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Geraamde waarde in euro's").fill("veel geld");
  await page.getByRole("button", { name: "Traject aanmaken" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Niet alles is goed ingevuld");
  await expect(page.getByText("Vul een bedrag in hele euro's in")).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveValue(title);
  await expectNoSeriousA11yViolations(page);

  await page
    .getByLabel("Wat wordt er ingekocht")
    .fill("Dagbesteding voor volwassenen met een beperking, dicht bij huis.");
  await page.getByLabel("Domein").selectOption("wmo");
  await page.getByLabel("Juridische fase").selectOption("preparation");
  await page.getByLabel("Zichtbaarheid").selectOption("public");
  await page.getByLabel("Procedure").selectOption("sas");
  await page.getByLabel("Geraamde waarde in euro's").fill("2.400.000");
  await page.getByRole("group", { name: "Producten" }).getByRole("checkbox").first().check();
  await page.getByRole("group", { name: "Betrokken gemeenten" }).getByRole("checkbox").first().check();
  const phases = ["Strategische doelen", "Analyse", "Keuzes maken", "Uitvoering"];
  for (const [i, name] of phases.entries()) {
    await page.getByLabel(`Begin fase ${i + 1}: ${name}`).fill(`2027-0${i + 1}-01`);
    await page.getByLabel(`Einde fase ${i + 1}: ${name}`).fill(`2027-0${i + 1}-28`);
  }
  await page.getByLabel("Taak 1").fill("Procesregie en planning");
  await page.getByLabel("Verantwoordelijke 1").fill("Team Inkoop Sociaal Domein");
  await page.getByRole("button", { name: "Traject aanmaken" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("De SAS-regels gelden")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Fase vooruit zetten" }).click();
  await confirmDialog(page);
  await expect(page.locator('[aria-current="step"]')).toContainText("Analyse");

  // Going back without a reason is refused; with a reason it works.
  await page.getByRole("button", { name: "Terugzetten" }).click();
  await expect(page.getByText("Geef een reden")).toBeVisible();
  await page
    .getByRole("textbox", { name: "Reden", exact: true })
    .fill("Strategische doelen opnieuw bespreken met de Wmo-raad");
  await page.getByRole("button", { name: "Terugzetten" }).click();
  await expect(page.locator('[aria-current="step"]')).toContainText("Strategische doelen");
  await expect(page.getByText("zette het traject terug van Analyse naar Strategische doelen")).toBeVisible();

  await page.getByRole("link", { name: "Auditlog van dit traject" }).click();
  const audit = page.getByTestId("audit-table");
  await expect(audit.getByRole("row").filter({ hasText: "Fase gewijzigd" })).toHaveCount(2);
  await expect(audit).toContainText("Analyse → Strategische doelen");
  await expect(audit).toContainText("Strategische doelen opnieuw bespreken met de Wmo-raad");
  await expect(audit).toContainText("Traject aangemaakt");
  await expectNoSeriousA11yViolations(page);
});

test("an officer keeps phase notes with rich text", async ({ page }) => {
  await login(page, "inkoper@zaanstad.nl");
  await page.goto("/beheer/trajecten");
  await page.locator(".inkoop-card a").first().click();
  await page.getByRole("link", { name: "Fase 2: Analyse" }).click();
  await expect(page.getByRole("heading", { name: "Handreiking voor deze fase" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Gemeente" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Aanbieder" })).toBeVisible();
  const editor = page.getByRole("textbox", { name: "Notities voor deze fase" });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Besluit: eerst preventie en collectieve voorzieningen.");
  await page.getByRole("button", { name: "Notities opslaan" }).click();
  await expect(page.getByText("De notities zijn opgeslagen.")).toBeVisible();
  // Saving again without typing must keep the text, not fall back to what the page loaded with.
  await page.getByRole("button", { name: "Notities opslaan" }).click();
  await expect(page.getByText("De notities zijn opgeslagen.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Notities voor deze fase" })).toContainText(
    "Besluit: eerst preventie",
  );
  await expectNoSeriousA11yViolations(page);
});
