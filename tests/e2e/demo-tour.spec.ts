import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login } from "./support/login";

// The demo as a newcomer meets it after `npm start`: what each role sees of the dialogue the seed replayed.
const OPEN = "Marktconsultatie Begeleiding Wmo: wat werkt in de wijk?";
const INVITED = "Verkenning wachttijden ambulante jeugdhulp (op uitnodiging)";
const FEEDBACK = "Consultatie dyslexiezorg: toegang via school";
const SESSION = "Dialoogsessie minimumeisen huishoudelijke ondersteuning";

test("an anonymous visitor finds the open consultation on the home page and under /consultaties", async ({ page }) => {
  await page.goto("/");
  const open = page.getByRole("region", { name: "Open marktconsultaties" });
  await expect(open.getByRole("link", { name: OPEN })).toBeVisible();
  await expect(page.getByText(INVITED)).toHaveCount(0);
  await expect(
    page.getByRole("region", { name: "Recent gepubliceerde terugkoppeling" }).getByRole("link", { name: FEEDBACK }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/consultaties");
  await expect(page.getByRole("link", { name: OPEN })).toBeVisible();
  await expect(page.getByText(INVITED)).toHaveCount(0);
  await page.getByRole("link", { name: OPEN }).click();
  await expect(page.getByRole("heading", { level: 1, name: OPEN })).toBeVisible();
  // The hidden comment shows that it was hidden and why, never what it said.
  await expect(page.getByText(/Deze reactie is verborgen door de gemeente\. Reden: Bevat het adres/)).toBeVisible();
  await expect(page.getByText(/Vinkenstraat/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("a provider sees its organisation's shared draft and the corrected minutes without the redacted text", async ({
  page,
}) => {
  await login(page, "aanbieder@wijkzorg-waterland.nl");
  await page.goto("/consultaties");
  await page.getByRole("link", { name: OPEN }).click();
  await expect(page.getByRole("textbox", { name: /Welke vormen van lichte, collectieve ondersteuning/ })).toHaveValue(
    /Inloop in het dorpshuis van Broek in Waterland/,
  );
  await expectNoSeriousA11yViolations(page);

  await page.goto("/consultaties");
  await expect(page.getByRole("link", { name: INVITED })).toBeVisible();

  await page.goto("/meldingen");
  const corrected = page.getByRole("listitem").filter({ hasText: `Gecorrigeerd verslag gepubliceerd: ${SESSION}` });
  await expect(corrected).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  await corrected.getByRole("link", { name: "Openen" }).click();
  await expect(page).toHaveURL(/\/bijeenkomsten\/[0-9a-f-]+\/verslag\/2$/);
  const main = page.getByRole("main");
  await expect(main.getByText("[weggelakt — persoonsgegevens, 5.1.2e]").first()).toBeVisible();
  await expect(main.getByText("[weggelakt — concurrentiegevoelig, 5.1.2f]").first()).toBeVisible();
  await expect(main.getByText("[weggelakt — vertrouwelijke bedrijfsgegevens, 5.1.1c]").first()).toBeVisible();
  for (const secret of ["Jolanda Brink", "31,40", "beginnende dementie", "verbouwing van ons kantoor"])
    await expect(page.getByText(secret)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("a resident reads the published feedback report from the home page", async ({ page }) => {
  await login(page, "inwoner@example.nl");
  await page.goto("/");
  await page
    .getByRole("region", { name: "Recent gepubliceerde terugkoppeling" })
    .getByRole("link", { name: FEEDBACK })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: FEEDBACK })).toBeVisible();
  await expect(page.getByText(/kiezen voor een onafhankelijke poortwachter/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("an officer reads the responses, the audit history and the table's attendance history", async ({ page }) => {
  await login(page, "inkoper@zaanstad.nl");
  await page.goto("/beheer/trajecten");
  await page.getByRole("link", { name: "Inkoop Begeleiding Wmo 2027–2031" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inkoop Begeleiding Wmo 2027–2031" })).toBeVisible();
  const trajectoryUrl = page.url();
  await page.getByRole("link", { name: OPEN }).first().click();
  await page.getByRole("link", { name: "Reacties lezen" }).click();
  await expect(page.getByText(/Buurtkamers met een vaste begeleider/).first()).toBeVisible();
  await expect(page.getByText(/De Wmo-raad adviseert/).first()).toBeVisible();
  // The competition-sensitive answer is marked as such for the municipality.
  await expect(page.getByText(/46 cliënten op de wachtlijst/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto(trajectoryUrl);
  await page.getByRole("link", { name: "Auditlog van dit traject" }).click();
  const rows = page.getByTestId("audit-table").getByRole("row");
  // Other specs add to this trajectory's history in the same run: the demo's own entries are there at least.
  await expect(
    rows.filter({ hasText: "Marktconsultatie gepubliceerd" }).filter({ hasText: "Ingrid Koper" }).first(),
  ).toBeVisible();
  expect(await rows.filter({ hasText: "Reactie ingediend" }).count()).toBeGreaterThanOrEqual(3);
  await expect(
    rows.filter({ hasText: "Reactie verborgen" }).filter({ hasText: "Bram Leidsman" }).first(),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/beheer/overlegtafels");
  await page.getByRole("link", { name: "Overlegtafel Begeleiding individueel" }).click();
  const sessions = page.getByRole("region", { name: "Sessies" });
  for (const month of ["september", "oktober", "november"])
    await expect(sessions.getByText(`Overlegtafel Begeleiding individueel — sessie ${month}`)).toBeVisible();
  const flagged = page.getByTestId("flagged-provider");
  await expect(flagged).toHaveCount(1);
  await expect(flagged.getByText(/Afwezig zonder opgave van reden op/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
