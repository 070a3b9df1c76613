import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login } from "./support/login";

const table = (page: Page) => page.getByTestId("audit-table");

test("an officer filters the whole audit log, pages through it, exports the selection and is told about bad filters", async ({
  page,
}) => {
  await login(page, "inkoper@zaanstad.nl");
  await page.goto("/");
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Auditlog" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Auditlog" })).toBeVisible();
  // Codes are read as words, with the object and its details beside them.
  await expect(table(page)).not.toContainText("consultation.publish");
  await expectNoSeriousA11yViolations(page);

  // The demo's whole history over a period: more than one page, so the older page is a link.
  await page.getByLabel("Van (datum)").fill("2000-01-01");
  await page.getByRole("button", { name: "Filter toepassen" }).click();
  await expect(page).toHaveURL(/van=2000-01-01/);
  const firstPage = await table(page).locator("tbody tr").allInnerTexts();
  expect(firstPage).toHaveLength(50);
  await page.getByRole("link", { name: "Oudere vermeldingen" }).click();
  await expect(page).toHaveURL(/van=2000-01-01.*na=\d+/);
  await expect(page.getByLabel("Van (datum)")).toHaveValue("2000-01-01");
  const secondPage = await table(page).locator("tbody tr").allInnerTexts();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.some((row) => firstPage.includes(row))).toBe(false);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Nieuwere vermeldingen" }).click();
  await expect(page).toHaveURL(/voor=\d+/);
  expect(await table(page).locator("tbody tr").allInnerTexts()).toEqual(firstPage);

  // What: the kind of action; every row then is a consultation's.
  await page.goto("/beheer/audit");
  await page.getByLabel("Soort handeling").selectOption({ label: "Marktconsultaties" });
  await page.getByLabel("Resultaat").selectOption({ label: "Gelukt" });
  await page.getByRole("button", { name: "Filter toepassen" }).click();
  await expect(page).toHaveURL(/soort=consultation&.*resultaat=gelukt/);
  await expect(
    table(page).locator("tbody tr").filter({ hasText: "Marktconsultatie gepubliceerd" }).first(),
  ).toBeVisible();
  for (const cell of await table(page).locator("tbody tr td:nth-child(6)").allInnerTexts()) expect(cell).toBe("Gelukt");

  // The export holds the same selection, with formulas neutralised, and is itself in the log.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporteer deze selectie als CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^auditlog-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "");
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe("Volgnummer;Tijdstip;Wie;Handeling;Object;Resultaat;Herkomst;Details");
  expect(lines.some((l) => l.includes("Marktconsultatie gepubliceerd (consultation.publish)"))).toBe(true);
  expect(lines.slice(1).every((l) => l.includes("(consultation.") && l.includes(";Gelukt;"))).toBe(true);
  await page.goto("/beheer/audit?handeling=audit.export");
  await expect(
    table(page)
      .locator("tbody tr")
      .filter({ hasText: "Auditlog geëxporteerd" })
      .filter({ hasText: "?soort=consultation&resultaat=gelukt" })
      .first(),
  ).toBeVisible();

  // Bad input: every problem at once, in Dutch, what was typed kept, never a 500.
  const bad = await page.goto("/beheer/audit?van=2026-05-01&tot=2026-04-01&resultaat=misschien&na=abc&handeling=x.y");
  expect(bad?.status()).toBe(200);
  await expect(page.getByText("De begindatum ligt na de einddatum.", { exact: false })).toBeVisible();
  await expect(page.getByText('Het resultaat "misschien" bestaat niet', { exact: false })).toBeVisible();
  await expect(page.getByText('De handeling "x.y" bestaat niet', { exact: false })).toBeVisible();
  await expect(page.getByText("Deze link naar een andere pagina klopt niet", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Van (datum)")).toHaveValue("2026-05-01");
  await expectNoSeriousA11yViolations(page);

  // Who: a part of a name or address, at least three characters; fewer are refused in Dutch, kept as typed.
  const who = page.getByLabel("Wie (naam of e-mailadres)");
  await page.goto("/beheer/audit");
  await who.fill("Jo");
  await page.getByRole("button", { name: "Filter toepassen" }).click();
  await expect(page.getByText("Vul bij 'Wie' minstens 3 tekens in", { exact: false })).toBeVisible();
  await expect(who).toHaveValue("Jo");
  await who.fill("KOPER@zaan");
  await page.getByRole("button", { name: "Filter toepassen" }).click();
  await expect(page).toHaveURL(/wie=KOPER%40zaan/);
  const actors = await table(page).locator("tbody tr td:nth-child(2)").allInnerTexts();
  expect(actors.length).toBeGreaterThan(0);
  for (const actor of actors) expect(actor).toContain("inkoper@zaanstad.nl");
  const unknownCursor = await page.goto("/beheer/audit?na=999999999");
  expect(unknownCursor?.status()).toBe(200);
  await expect(page.getByText("Deze link naar een andere pagina klopt niet", { exact: false })).toBeVisible();
  expect((await page.request.get("/beheer/audit/export?van=2026-05-01&tot=2026-04-01")).status()).toBe(400);
});

test("the administrator sees the account and security part of the log, not the dialogue's content", async ({
  page,
}) => {
  await login(page, "beheerder@inkoopdialoog.nl");
  await page.goto("/beheer/audit");
  await expect(page.getByText("Als beheerder ziet u de handelingen rond accounts")).toBeVisible();
  await expect(table(page).locator("tbody tr").filter({ hasText: "Inloggen" }).first()).toBeVisible();
  await expect(table(page)).not.toContainText("Marktconsultatie gepubliceerd");
  await expect(page.getByLabel("Soort handeling").locator("option", { hasText: "Marktconsultaties" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
