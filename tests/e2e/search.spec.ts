import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login } from "./support/login";

test("an anonymous visitor searches public content, refines it and gets Dutch answers to bad input", async ({
  page,
}) => {
  await page.goto("/zoeken");
  await page.getByLabel("Zoekterm").fill("begeleiding");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/q=begeleiding/);
  const results = page.getByRole("region", { name: /resultaten? voor "begeleiding"/ });
  await expect(results).toBeVisible();
  await expect(results.locator("mark").first()).toBeVisible();
  // Internal trajectories, providers and contracts are not for the public.
  await expect(page.getByRole("link", { name: "Kortdurend verblijf en respijtzorg" })).toHaveCount(0);
  await expect(page.locator('[data-kind="provider"], [data-kind="contract"]')).toHaveCount(0);
  await expect(page.getByLabel("Soort").locator("option", { hasText: "Aanbieder" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Soort").selectOption({ label: "Traject" });
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/soort=traject/);
  await expect(page.locator("[data-kind]").first()).toBeVisible();
  await expect(page.locator('[data-kind]:not([data-kind="trajectory"])')).toHaveCount(0);

  for (const bad of ["/zoeken?q=ab%00", "/zoeken?q=%22begeleiding", `/zoeken?q=${"zorg".repeat(500)}`]) {
    const response = await page.goto(bad);
    expect(response?.status()).toBe(200);
  }
  const tooLong = await page.goto(`/zoeken?q=${"zorg".repeat(500)}`);
  expect(tooLong?.status()).toBe(200);
  await expect(page.getByText(/De zoekvraag is te lang/)).toBeVisible();
  await expect(page.getByLabel("Zoekterm")).toHaveValue("zorg".repeat(500));
  await page.goto("/zoeken?q=begeleiding&soort=geheim&van=2027-02-30&pagina=-1&traject=x");
  await expect(page.getByText(/De soort "geheim" bestaat niet/)).toBeVisible();
  await expect(page.getByText(/De begindatum is geen geldige datum/)).toBeVisible();
  await expect(page.getByText(/Het paginanummer/)).toBeVisible();
  await expect(page.getByText(/Het gekozen traject bestaat niet/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto("/zoeken?q=begeleiding&pagina=500");
  await expect(page.getByText(/Pagina 500 bestaat niet/)).toBeVisible();
  await page.goto("/zoeken?q=ab%00");
  await expect(page.getByText(/onzichtbare tekens/)).toBeVisible();
});

test("an officer also finds internal trajectories, providers and contracts", async ({ page }) => {
  await login(page, "inkoper@zaanstad.nl");
  await page.goto("/zoeken?q=respijtzorg");
  await expect(page.getByRole("link", { name: "Kortdurend verblijf en respijtzorg" })).toBeVisible();
  await page.goto("/zoeken?q=Zorggroep");
  await expect(page.locator('[data-kind="provider"]').first()).toBeVisible();
  await page.goto("/zoeken?q=Begeleiding%20individueel&soort=contract");
  await expect(page.locator('[data-kind="contract"]').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
