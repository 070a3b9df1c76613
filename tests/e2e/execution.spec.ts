import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login, newPage } from "./support/login";
import { confirmDialog } from "./support/confirm";

const OFFICER = "contractmanager@purmerend.nl";
const PROVIDER_A = "aanbieder@zorggroep-zaanstreek.nl";
const PROVIDER_B = "aanbieder@wijkzorg-waterland.nl";
// The last completed year's results are open until 1 April (Dutch time); later in the year they are established.
const RESULTS_OPEN =
  Number(new Intl.DateTimeFormat("en", { timeZone: "Europe/Amsterdam", month: "numeric" }).format(new Date())) <= 3;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

async function openContract(page: Page, listPath: string, name: RegExp) {
  await page.goto(listPath);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
}

test("a result under the norm leads to step 1; the provider's plan is rejected and step 3 follows", async ({
  page,
  browser,
}) => {
  await login(page, OFFICER);
  await openContract(page, "/beheer/contracten", /ZW-BW-2026-001/);
  const entry = page.getByRole("form", { name: "Resultaat invoeren" });

  // Bad input first: a percentage above 100, a grade above 10, the year in progress and a future year are refused,
  // nothing typed is lost.
  await entry.getByLabel("KPI").selectOption({ label: "Resultaat behaald" });
  await entry.getByLabel("Deelregio").selectOption({ label: "Zaanstad en Wormerland" });
  await entry.getByLabel("Resultaat").fill("150");
  await entry.getByLabel("Cliënten in zorg").fill("40");
  await entry.getByRole("button", { name: "Resultaat opslaan" }).click();
  await expect(entry.getByText("Een percentage ligt tussen 0 en 100.")).toBeVisible();
  await expect(entry.getByLabel("Resultaat")).toHaveValue("150");
  await expect(entry.getByLabel("Cliënten in zorg")).toHaveValue("40");
  await expectNoSeriousA11yViolations(page);
  await entry.getByLabel("KPI").selectOption({ label: "Cliënttevredenheid" });
  await entry.getByLabel("Resultaat").fill("11");
  await entry.getByRole("button", { name: "Resultaat opslaan" }).click();
  await expect(entry.getByText("Een cijfer ligt tussen 0 en 10.")).toBeVisible();
  const year = Number(await entry.getByLabel("Meetjaar").inputValue());
  const thisYear = new Date().getFullYear();
  expect(year).toBe(thisYear - 1);
  await entry.getByLabel("Meetjaar").fill(String(thisYear));
  await entry.getByLabel("Resultaat").fill("8");
  await entry.getByRole("button", { name: "Resultaat opslaan" }).click();
  await expect(entry.getByText(new RegExp(`^Meetjaar ${thisYear} is nog niet voorbij`))).toBeVisible();
  await expect(entry.getByLabel("Resultaat")).toHaveValue("8");
  await entry.getByLabel("Meetjaar").fill(String(thisYear + 1));
  await entry.getByRole("button", { name: "Resultaat opslaan" }).click();
  await expect(entry.getByText(/Een meetjaar in de toekomst kan nog niet gemeten worden/)).toBeVisible();

  await entry.getByLabel("KPI").selectOption({ label: "Resultaat behaald" });
  await entry.getByLabel("Meetjaar").fill(String(year));
  await entry.getByLabel("Resultaat").fill("58,5");
  await entry.getByRole("button", { name: "Resultaat opslaan" }).click();
  const start = page.getByRole("form", { name: "Escalatie starten (stap 1)" });
  if (RESULTS_OPEN) {
    await expect(entry.getByText("Het resultaat is opgeslagen.")).toBeVisible();
    const row = page
      .getByTestId("kpi-result")
      .filter({ hasText: "Zaanstad en Wormerland" })
      .filter({ hasText: "Resultaat behaald" });
    await expect(row).toContainText("58,5%");
    await expect(row).toContainText("onvoldoende");
    await expect(page.getByTestId("below-norm")).toBeVisible();
    await expect(start.getByLabel("Aanleiding")).toHaveValue("kpi");
  } else {
    await expect(
      entry.getByText(`De resultaten over ${year} zijn op 1 april vastgesteld`, { exact: false }),
    ).toBeVisible();
    await start.getByLabel("Aanleiding").selectOption("kpi");
  }
  await start
    .getByLabel("Geconstateerde tekortkoming")
    .fill(`Resultaat behaald ${year} in Zaanstad en Wormerland: 58,5% (norm 65%).`);
  await start.getByRole("button", { name: "Stap 1 starten" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Escalatieladder — Zorggroep Zaanstreek");
  await expect(page.getByTestId("ladder-step")).toHaveText(/Stap 1/);
  await expectNoSeriousA11yViolations(page);
  const ladderUrl = page.url();

  // Straight to step 3 needs one of the source's grounds.
  const skip = page.getByRole("form", { name: "Naar stap 3" });
  await skip.getByLabel("Toelichting").fill("Wij willen direct naar stap 3.");
  await skip.getByRole("button", { name: "Naar stap 3 en brief versturen" }).click();
  await confirmDialog(page);
  await expect(skip.getByText(/Een stap overslaan kan alleen op de gronden uit de escalatieladder/)).toBeVisible();
  await expect(skip.getByLabel("Toelichting")).toHaveValue("Wij willen direct naar stap 3.");
  await expect(page.getByTestId("ladder-step")).toHaveText(/Stap 1/);

  const talk = page.getByRole("form", { name: "Escalatiegesprek vastleggen (naar stap 2)" });
  await expect(talk.getByLabel("Termijn verbeterplan (dagen)")).toHaveValue("14");
  await talk
    .getByLabel("Afspraken, acties en termijnen")
    .fill("Oorzaakanalyse per team en extra evaluatiegesprekken met het lokale team.");
  await talk.getByRole("button", { name: "Vastleggen en brief versturen" }).click();
  await expect(page.getByTestId("ladder-step")).toHaveText(/Stap 2/);
  await expect(page.getByRole("link", { name: /Escalatieladder stap 1: geconstateerde tekortkoming/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The provider sees its ladder, the deadline and the letter, and uploads its improvement plan.
  const provider = await newPage(browser);
  await login(provider, PROVIDER_A);
  await openContract(provider, "/mijn-contracten", /ZW-BW-2026-001/);
  await provider.getByRole("link", { name: /Stap 2: verbeterplan/ }).click();
  await expect(provider.getByText(/nog 14 dagen/)).toBeVisible();
  await expectNoSeriousA11yViolations(provider);
  const letter = provider.getByRole("link", { name: /Escalatieladder stap 1/ });
  const download = await provider.request.get((await letter.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");

  const upload = provider.getByRole("form", { name: "Verbeterplan opleveren" });
  await upload.getByLabel("Document").setInputFiles({
    name: "verbeterplan.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("Dit is geen PDF maar platte tekst."),
  });
  await upload.getByRole("button", { name: "Verbeterplan versturen" }).click();
  await expect(upload.getByText(/Alleen PDF- en Office-documenten/)).toBeVisible();
  await expectNoSeriousA11yViolations(provider);
  await upload
    .getByLabel("Document")
    .setInputFiles({ name: "verbeterplan.pdf", mimeType: "application/pdf", buffer: PDF });
  await upload.getByRole("button", { name: "Verbeterplan versturen" }).click();
  await expect(upload.getByText("Uw verbeterplan is ontvangen.")).toBeVisible();

  await page.goto(ladderUrl);
  const assess = page.getByRole("form", { name: "Verbeterplan beoordelen" });
  await assess.getByLabel("Oordeel").selectOption("reject");
  await assess.getByLabel("Toelichting").fill("Het plan noemt geen concrete acties of termijnen.");
  await assess.getByRole("button", { name: "Beoordeling vastleggen" }).click();
  await expect(page.getByTestId("ladder-step")).toHaveText(/Stap 3/);
  await expect(page.getByRole("link", { name: /Escalatieladder stap 3: toerekenbare tekortkoming/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await provider.reload();
  await expect(provider.getByTestId("ladder-step")).toHaveText(/Stap 3/);
  await expectNoSeriousA11yViolations(provider);
});

test("fewer than 10 clients is not measured, and one provider cannot open another's contract", async ({
  page,
  browser,
}) => {
  await login(page, PROVIDER_B);
  await openContract(page, "/mijn-contracten", /ZW-BW-2026-002/);
  await expect(page.getByTestId("kpi-result").first()).toContainText("niet gemeten (minder dan 10 cliënten)");
  await expect(page.getByText("Zorggroep Zaanstreek")).toHaveCount(0);
  const contractOfB = new URL(page.url()).pathname;

  const other = await newPage(browser);
  await login(other, PROVIDER_A);
  await other.goto("/mijn-contracten");
  await expect(other.getByRole("link", { name: /ZW-BW-2026-002/ })).toHaveCount(0);
  const response = await other.goto(contractOfB);
  expect(response?.status()).toBe(404);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(/Pagina niet gevonden/);
  await expectNoSeriousA11yViolations(other);
  const officerPage = await other.goto(contractOfB.replace("/mijn-contracten", "/beheer/contracten"));
  expect([403, 404]).toContain(officerPage?.status());
});

test("the dashboard shows KPI results against norms as charts with a table, the ladder and client stops", async ({
  page,
}) => {
  await login(page, OFFICER);
  await page.goto("/beheer/uitvoering");
  // The first chart is the year's distribution; the trend over the years follows further down.
  await expect(page.getByRole("img", { name: /Resultaat behaald/ }).first()).toBeVisible();
  await expect(page.getByTestId("ladder-list")).toContainText("Woonzorg De Zaanbocht");
  await expect(page.getByTestId("client-stops")).toContainText("Woonzorg De Zaanbocht");
  await expect(page.getByTestId("overdue-list")).toBeVisible();
  await page.getByText("Resultaat behaald als tabel").click();
  await expect(page.getByRole("table", { name: /Resultaat behaald in/ })).toContainText(
    "niet gemeten (minder dan 10 cliënten)",
  );
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Deelregio").selectOption({ label: "Waterland en omgeving" });
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(page).toHaveURL(/deelregio=/);
  await expect(page.getByTestId("client-stops")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("a contract-management meeting gets the standard agenda and the provider's report before it starts", async ({
  page,
  browser,
}) => {
  await login(page, OFFICER);
  await openContract(page, "/beheer/contracten", /ZW-BW-2026-002/);
  await expect(page.getByTestId("meeting-missing")).toBeVisible();
  await page.getByText("Contractmanagementgesprek plannen").click();
  const plan = page.getByRole("form", { name: "Contractmanagementgesprek plannen" });
  await expect(plan.getByLabel("Agenda")).toHaveValue(/Opening en mededelingen[\s\S]*Social Return on Investment/);
  await expect(plan.getByLabel(/alleen delen met deze aanbieder/)).toBeChecked();
  const next = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await plan.getByLabel("Begin").fill(`${next}T10:00`);
  await plan.getByLabel("Einde").fill(`${next}T09:00`);
  await plan.getByLabel("Locatie").fill("Stadhuis Purmerend");
  await plan.getByRole("button", { name: "Gesprek plannen" }).click();
  await expect(plan.getByText("Het einde moet na het begin liggen.")).toBeVisible();
  await expect(plan.getByLabel("Locatie")).toHaveValue("Stadhuis Purmerend");
  await plan.getByLabel("Einde").fill(`${next}T11:30`);
  await plan.getByRole("button", { name: "Gesprek plannen" }).click();
  await expect(page).toHaveURL(/\/beheer\/bijeenkomsten\/[0-9a-f-]{36}\?aangemaakt=1/);
  await expect(page.getByText("Wijkzorg Waterland", { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const provider = await newPage(browser);
  await login(provider, PROVIDER_B);
  await openContract(provider, "/mijn-contracten", /ZW-BW-2026-002/);
  const report = provider.getByRole("form", { name: "Rapportage voor het contractmanagementgesprek" });
  for (const field of await report.getByLabel(/^Cliënten /).all()) await field.fill("4");
  await report.getByLabel("Aantal klachten").fill("1");
  await report.getByLabel("Aard van de klachten").fill("Wisselende begeleiders");
  await report.getByLabel("Afhandeling van de klachten").fill("Vaste begeleider per cliënt ingevoerd");
  await report.getByLabel("Calamiteiten en incidenten").fill("geen");
  await report.getByRole("button", { name: "Rapportage indienen" }).click();
  await expect(report.getByText("Uw rapportage is ingediend.")).toBeVisible();
  await expectNoSeriousA11yViolations(provider);

  await page.goBack();
  await page.reload();
  await expect(page.getByTestId("contract-report")).toContainText("Wisselende begeleiders");
});

test("the provider responds to a result before it is established; an accepted plan, once realised, closes the ladder", async ({
  page,
  browser,
}) => {
  const provider = await newPage(browser);
  await login(provider, PROVIDER_A);
  await openContract(provider, "/mijn-contracten", /ZW-BW-2026-001/);
  const response = `Wij herkennen het beeld; de tevredenheid stijgt sinds de vaste begeleiders (${Date.now()}).`;
  const respond = provider.getByRole("form", { name: "Reageren op Cliënttevredenheid in Purmerend en Edam-Volendam" });
  if (RESULTS_OPEN) {
    await respond.getByLabel("Uw reactie").fill(response);
    await respond.getByRole("button", { name: "Reactie versturen" }).click();
    await expect(respond.getByText("Uw reactie is opgeslagen.")).toBeVisible();
  } else {
    // After 1 April the demo's results (last year's) are established: no response form any more.
    await expect(provider.getByTestId("kpi-result").first()).toBeVisible();
    await expect(respond).toHaveCount(0);
  }
  await expectNoSeriousA11yViolations(provider);

  // The officer sees the response next to the result, then opens a ladder on the same contract.
  await login(page, OFFICER);
  await openContract(page, "/beheer/contracten", /ZW-BW-2026-001/);
  if (RESULTS_OPEN)
    await expect(
      page
        .getByTestId("kpi-result")
        .filter({ hasText: "Purmerend en Edam-Volendam" })
        .filter({ hasText: "Cliënttevredenheid" }),
    ).toContainText(response);
  const start = page.getByRole("form", { name: "Escalatie starten (stap 1)" });
  await start.getByLabel("Aanleiding").selectOption("other");
  await start.getByLabel("Geconstateerde tekortkoming").fill("Wachttijden boven de afspraak in Waterland en omgeving.");
  await start.getByRole("button", { name: "Stap 1 starten" }).click();
  await expect(page.getByTestId("ladder-step")).toHaveText(/Stap 1/);
  const ladderUrl = page.url();
  const talk = page.getByRole("form", { name: "Escalatiegesprek vastleggen (naar stap 2)" });
  await talk
    .getByLabel("Afspraken, acties en termijnen")
    .fill("Wachttijden wekelijks rapporteren en extra intakecapaciteit inzetten.");
  await talk.getByRole("button", { name: "Vastleggen en brief versturen" }).click();
  await expect(page.getByTestId("ladder-step")).toHaveText(/Stap 2/);

  await provider.goto(new URL(ladderUrl).pathname.replace("/beheer/contracten", "/mijn-contracten"));
  const plan = provider.getByRole("form", { name: "Verbeterplan opleveren" });
  await plan
    .getByLabel("Document")
    .setInputFiles({ name: "verbeterplan.pdf", mimeType: "application/pdf", buffer: PDF });
  await plan.getByRole("button", { name: "Verbeterplan versturen" }).click();
  await expect(plan.getByText("Uw verbeterplan is ontvangen.")).toBeVisible();

  // The officer accepts the plan: the ladder stays on step 2 until the realisation is reported and confirmed.
  await page.goto(ladderUrl);
  const assess = page.getByRole("form", { name: "Verbeterplan beoordelen" });
  await assess.getByLabel("Oordeel").selectOption("accept");
  await assess.getByLabel("Toelichting").fill("Het plan is concreet en haalbaar.");
  await assess.getByRole("button", { name: "Beoordeling vastleggen" }).click();
  await expect(assess).toHaveCount(0);
  await expect(page.getByText("Verbeterplan goedgekeurd")).toBeVisible();
  await expect(page.getByTestId("ladder-step")).toHaveText(/Stap 2/);
  await expect(page.getByRole("form", { name: "Verbetering gerealiseerd: ladder afsluiten" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await provider.reload();
  await expect(provider.getByText(/nog 90 dagen/)).toBeVisible();
  const realisation = provider.getByRole("form", { name: "Gerealiseerde verbeteringen rapporteren" });
  await realisation
    .getByLabel("Document")
    .setInputFiles({ name: "realisatie.pdf", mimeType: "application/pdf", buffer: PDF });
  await realisation.getByRole("button", { name: "Rapportage versturen" }).click();
  await expect(realisation.getByText("Uw rapportage is ontvangen.")).toBeVisible();
  await expectNoSeriousA11yViolations(provider);

  await page.reload();
  await page
    .getByRole("form", { name: "Verbetering gerealiseerd: ladder afsluiten" })
    .getByRole("button", { name: "Verbetering gerealiseerd: ladder afsluiten" })
    .click();
  await expect(page.getByTestId("ladder-step")).toHaveText(/Afgesloten: verbetering gerealiseerd/);
  await expect(
    page.getByRole("link", { name: /Escalatieladder afgesloten: verbeteringen gerealiseerd/ }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await provider.reload();
  await expect(provider.getByTestId("ladder-step")).toHaveText(/Afgesloten: verbetering gerealiseerd/);
  await expect(
    provider.getByRole("link", { name: /Escalatieladder afgesloten: verbeteringen gerealiseerd/ }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(provider);
});
