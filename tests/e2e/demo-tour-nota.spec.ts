import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login } from "./support/login";

// The rest of the demo tour (README "Rondleiding door de demo"): the nota van inlichtingen the seed published for
// the open consultation and for the trajectory in analysis, the question still waiting, and the imported KPI data.
const OPEN = "Marktconsultatie Begeleiding Wmo: wat werkt in de wijk?";
const IN_ANALYSIS = "Jeugdhulp ambulant regio Zaanstreek-Waterland";
const REDACTED = "[weggelakt — concurrentiegevoelig, 5.1.2f]";
// Nothing published names who asked, nor the cost price the officer redacted.
const SECRETS = ["64,80", "Zorggroep Zaanstreek", "Wijkzorg Waterland", "Zorg aan de Zaan", "aanbieder@", "zzp@"];

async function expectNoSecrets(page: Page, surfaces: string[]) {
  for (const surface of [await page.getByRole("main").innerHTML(), ...surfaces])
    for (const secret of SECRETS) expect(surface).not.toContain(secret);
}

test("a visitor reads the published nota van inlichtingen of the open consultation and of the trajectory in analysis", async ({
  page,
}) => {
  await page.goto("/consultaties");
  await page.getByRole("link", { name: OPEN }).click();
  await page.getByRole("link", { name: /^Vragen en antwoorden/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vragen en antwoorden" })).toBeVisible();
  const rounds = page.getByTestId("published-rounds");
  await expect(rounds).toContainText("Ronde 1");
  await expect(rounds).toContainText("onafhankelijk kostprijsonderzoek");
  await expect(rounds).toContainText(REDACTED);
  await expect(rounds).toContainText("Deze vraag is ook door 1 andere deelnemer gesteld.");
  await expect(rounds).toContainText("inloopspreekuur in het wijkcentrum");
  await expectNoSecrets(page, []);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Alle rondes samen (webpagina)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Nota van inlichtingen — ${OPEN}` })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("onafhankelijk kostprijsonderzoek");
  const base = new URL(page.url()).pathname;
  const pdf = await page.request.get(`${base}/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const json = await (await page.request.get(`${base}/json`)).text();
  expect(json).toContain("kostprijsonderzoek");
  await expectNoSecrets(page, [json, (await pdf.body()).toString("latin1")]);
  await expectNoSeriousA11yViolations(page);

  await page.goto("/trajecten");
  await page.getByRole("link", { name: IN_ANALYSIS }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: IN_ANALYSIS })).toBeVisible();
  await expect(page.getByTestId("published-rounds")).toContainText("wachttijden tussen toewijzing en start");
  await page.getByRole("link", { name: /^Vragen over het traject/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vragen over het traject als geheel" })).toBeVisible();
  await page.goto(`${new URL(page.url()).pathname}/nota`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Nota van inlichtingen");
  await expect(page.getByRole("main")).toContainText("wachttijden tussen toewijzing en start");
  await expectNoSecrets(page, []);
  await expectNoSeriousA11yViolations(page);
});

test("an officer sees the question still waiting for an answer, with who asked", async ({ page }) => {
  await login(page, "beleid@zaanstad.nl");
  await page.goto("/beheer/trajecten");
  await page.getByRole("link", { name: "Inkoop Begeleiding Wmo 2027–2031" }).click();
  await page.getByRole("link", { name: OPEN }).first().click();
  await page.getByRole("link", { name: "Vragen en nota van inlichtingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Vragen: ${OPEN}` })).toBeVisible();
  await expect(page.getByTestId("question-deadlines")).toContainText("1 vraag wacht op een antwoord.");
  const waiting = page.getByTestId("officer-questions").getByRole("row").filter({ hasText: "Kunnen buurtkamers" });
  await expect(waiting).toContainText("namens Wijkzorg Waterland");
  await expect(waiting).toContainText("Ontvangen");
  // The merged duplicate and the answered questions of round 1 are on the same list.
  await expect(page.getByTestId("officer-questions")).toContainText("Samengevoegd met een gelijke vraag");
  await expectNoSeriousA11yViolations(page);
});

test("the KPI dashboard and the contract show results computed from the imported records", async ({ page }) => {
  await login(page, "contractmanager@purmerend.nl");
  await page.goto("/beheer/uitvoering");
  await page.getByText("Resultaat behaald als tabel").click();
  const table = page.getByRole("table", { name: /Resultaat behaald in/ });
  const computed = table.getByRole("row").filter({ hasText: "Zorggroep Zaanstreek" }).filter({
    hasText: "Zaanstad en Wormerland",
  });
  await expect(computed).toContainText("70%");
  await expect(
    page.getByRole("table", { name: /Resultaat behaald, \d{4}: aantal aanbieders per normband/ }),
  ).toContainText("Zaanstad en Wormerland");
  await expect(page.getByRole("heading", { name: "Verloop over de jaren" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await computed.getByRole("link", { name: "Zorggroep Zaanstreek" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Begeleiding individueel en beschermd wonen in de wijk" }),
  ).toBeVisible();
  const result = page.getByTestId("kpi-result").filter({ hasText: "Zaanstad en Wormerland" });
  await expect(result.first()).toContainText("berekend uit meetgegevens");
  const computation = page.getByTestId("kpi-computation").filter({ hasText: "Zaanstad en Wormerland" });
  await expect(computation.first()).toContainText("17 van 20 toewijzingen op tijd gestart: 85%");
  await expectNoSeriousA11yViolations(page);
});
