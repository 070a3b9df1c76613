import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login, newPage } from "./support/login";

test("an officer keeps the trajectory's published figures, and a provider cannot reach them", async ({
  page,
  browser,
}) => {
  await login(page, "inkoper@zaanstad.nl");
  await page.goto("/beheer/trajecten");
  await page.getByRole("link", { name: "Inkoop Begeleiding Wmo 2027–2031" }).first().click();
  await page.getByRole("link", { name: "Openbare cijfers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Openbare cijfers van/ })).toBeVisible();
  // Prefilled from the demo.
  await expect(page.getByRole("listitem").filter({ hasText: "€ 62,40" })).toContainText("Uurtarief");
  await expectNoSeriousA11yViolations(page);

  // Something that is no figure is refused with a Dutch message, and what was typed stays.
  await page.getByRole("textbox", { name: "Cijfer", exact: true }).fill("ongeveer veel");
  await page.getByLabel("Wat is dit cijfer").fill("Budgetplafond dagbesteding 2027");
  await page.getByRole("button", { name: "Cijfer toevoegen" }).click();
  await expect(page.getByText("Vul een bedrag (bijvoorbeeld € 62,40")).toBeVisible();
  await expect(page.getByLabel("Wat is dit cijfer")).toHaveValue("Budgetplafond dagbesteding 2027");
  await expectNoSeriousA11yViolations(page);

  // The same value as a figure already listed, written otherwise, is refused too.
  await page.getByRole("textbox", { name: "Cijfer", exact: true }).fill("62,40 euro");
  await page.getByRole("button", { name: "Cijfer toevoegen" }).click();
  await expect(page.getByText("Dit cijfer staat al in de lijst")).toBeVisible();

  await page.getByRole("textbox", { name: "Cijfer", exact: true }).fill("€ 1,35 miljoen");
  await page.getByRole("button", { name: "Cijfer toevoegen" }).click();
  await expect(page.getByText("Het cijfer is toegevoegd.")).toBeVisible();
  const added = page.getByRole("listitem").filter({ hasText: "€ 1,35 miljoen" });
  await expect(added).toContainText("Budgetplafond dagbesteding 2027");
  await expectNoSeriousA11yViolations(page);

  await added.getByRole("button", { name: "Verwijderen" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "€ 1,35 miljoen" })).toHaveCount(0);
  const url = page.url();

  const provider = await newPage(browser);
  await login(provider, "aanbieder@zorggroep-zaanstreek.nl");
  await provider.goto(url);
  await expect(provider.getByRole("heading", { level: 1, name: /Openbare cijfers van/ })).toHaveCount(0);
});
