import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login, newPage } from "./support/login";

// Own contracts, made through the form for a provider no other spec gives a contract.
const OFFICER = "contractmanager@purmerend.nl";
const PROVIDER = "zzp@zorgaandezaan.nl";
const PROVIDER_NAME = "Zorg aan de Zaan – J. de Vries (zzp)";
const COMPLAINTS = "Klachtenrapportage (en tussentijds op aanvraag)";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

const day = (offsetDays: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date(Date.now() + offsetDays * 864e5));

/** Creates a contract for the zzp provider and returns its reference; the officer ends on the contract page. */
async function createContract(page: Page, label: string): Promise<string> {
  const reference = `E2E-${label}-${Date.now()}`;
  await page.goto("/beheer/contracten");
  const form = page.getByRole("form", { name: "Nieuw contract" });
  await form.getByLabel("Aanbieder").selectOption({ label: PROVIDER_NAME });
  await form.getByLabel("Inkooptraject").selectOption({ index: 1 });
  await form.getByLabel("Kenmerk").fill(reference);
  await form.getByLabel("Omschrijving").fill(`Begeleiding individueel (${label})`);
  await form.getByRole("checkbox", { name: "Begeleiding individueel", exact: true }).check();
  await form.getByRole("checkbox", { name: "Zaanstad en Wormerland" }).check();
  await form.getByLabel("Datum gunning").fill(day(-400));
  await form.getByLabel("Startdatum").fill(day(-300));
  await form.getByRole("button", { name: "Contract vastleggen" }).click();
  await expect(page).toHaveURL(/\/beheer\/contracten\/[0-9a-f-]{36}\?aangemaakt=1/);
  return reference;
}

async function openOwnContract(page: Page, reference: string) {
  await page.goto("/mijn-contracten");
  await page.getByRole("link", { name: new RegExp(reference) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

test("a sample with more than 10% of files failing opens step 1 itself; exactly 10% does not", async ({
  page,
  browser,
}) => {
  await login(page, OFFICER);
  const reference = await createContract(page, "STEEKPROEF");
  const contractUrl = new URL(page.url()).pathname;
  const sample = page.getByRole("form", { name: "Steekproefcontrole dossiers" });

  // Exactly 10%: recorded, no ladder.
  await sample.getByLabel("Getrokken dossiers").fill("20");
  await sample.getByLabel(/^Dossiers waarin doelen/).fill("2");
  await sample.getByRole("button", { name: "Steekproef vastleggen" }).click();
  await expect(
    sample.getByText("De steekproef is vastgelegd; 10% of minder van de dossiers voldoet niet."),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("sample-check")).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Escalatieladder" }).getByText("Geen escalatie.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Above 10% without a talk date: refused next to the field, nothing typed lost.
  await sample.getByLabel("Getrokken dossiers").fill("1000");
  await sample.getByLabel(/^Dossiers waarin doelen/).fill("101");
  await sample.getByLabel("Datum escalatiegesprek").fill("");
  await sample.getByLabel("Toelichting").fill("Dossiers van team Zaandam-Oost.");
  await sample.getByRole("button", { name: "Steekproef vastleggen" }).click();
  await expect(sample.getByText(/Vul de datum van het escalatiegesprek in/)).toBeVisible();
  await expect(sample.getByLabel(/^Dossiers waarin doelen/)).toHaveValue("101");
  await expectNoSeriousA11yViolations(page);

  // 10.1%: step 1 opens with the sample as its ground.
  await sample.getByLabel("Datum escalatiegesprek").fill(day(10));
  await sample.getByRole("button", { name: "Steekproef vastleggen" }).click();
  await expect(page).toHaveURL(/\/escalatie\/[0-9a-f-]{36}\?steekproef=1/);
  await expect(page.getByText(/stap 1 van de escalatieladder is geopend/)).toBeVisible();
  await expect(page.getByTestId("ladder-step")).toHaveText(/Stap 1/);
  await expect(
    page.getByRole("definition").filter({ hasText: /in 101 van de 1000 getrokken dossiers \(10,1%\)/ }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const ladderPath = new URL(page.url()).pathname;

  await page.goto(contractUrl);
  await expect(page.getByRole("link", { name: "naar de escalatieladder" })).toHaveAttribute("href", ladderPath);

  // The provider is told and sees step 1 on its escalation page.
  const provider = await newPage(browser);
  await login(provider, PROVIDER);
  await provider.goto("/meldingen");
  await expect(provider.getByText(`Escalatieladder stap 1 geopend (${reference})`).first()).toBeVisible();
  await openOwnContract(provider, reference);
  await provider.getByRole("link", { name: /Stap 1: tekortkoming gesignaleerd/ }).click();
  await expect(provider.getByTestId("ladder-step")).toHaveText(/Stap 1/);
  await expect(
    provider.getByRole("definition").filter({ hasText: /in 101 van de 1000 getrokken dossiers/ }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(provider);
});

test("an interim complaints report is requested with a date and reason, and the provider submits it", async ({
  page,
  browser,
}) => {
  await login(page, OFFICER);
  const reference = await createContract(page, "KLACHTEN");
  const contractUrl = new URL(page.url()).pathname;
  const request = page.getByRole("form", { name: `Tussentijdse rapportage opvragen: ${COMPLAINTS}` });

  // Bad input: a date in the past and a reason too short, both named at once.
  await request.getByLabel("Aanleveren uiterlijk").fill(day(-1));
  await request.getByLabel("Reden van de aanvraag").fill("Kort");
  await request.getByRole("button", { name: "Tussentijdse rapportage opvragen" }).click();
  await expect(request.getByText("Kies een datum vanaf vandaag.")).toBeVisible();
  await expect(request.getByText("Gebruik minstens 10 tekens.")).toBeVisible();
  await expect(request.getByLabel("Reden van de aanvraag")).toHaveValue("Kort");
  await expectNoSeriousA11yViolations(page);

  const reason = "Het lokale team meldt drie klachten over wisselende begeleiders.";
  await request.getByLabel("Aanleveren uiterlijk").fill(day(14));
  await request.getByLabel("Reden van de aanvraag").fill(reason);
  await request.getByRole("button", { name: "Tussentijdse rapportage opvragen" }).click();
  await page.reload();
  await expect(page.getByTestId("interim-request")).toContainText(reason);
  await expect(page.getByTestId("interim-request")).toContainText("nog niet aangeleverd");
  await expect(page.getByRole("form", { name: `Tussentijdse rapportage opvragen: ${COMPLAINTS}` })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  const provider = await newPage(browser);
  await login(provider, PROVIDER);
  await provider.goto("/meldingen");
  await expect(provider.getByText(`Tussentijdse rapportage gevraagd (${reference})`).first()).toBeVisible();
  await openOwnContract(provider, reference);
  const section = provider.getByRole("region", { name: "Tussentijdse rapportage" });
  await expect(section).toContainText(reason);
  const deliver = section.getByRole("form", { name: `Tussentijdse rapportage aanleveren: ${COMPLAINTS}` });
  await deliver
    .getByLabel("Rapportage")
    .setInputFiles({ name: "klachten.pdf", mimeType: "application/pdf", buffer: PDF });
  await deliver.getByRole("button", { name: "Tussentijdse rapportage versturen" }).click();
  // Answered, the request shows its report instead of the form.
  await expect(section.getByTestId("interim-request")).toContainText("aangeleverd op");
  await expect(deliver).toHaveCount(0);
  await provider.reload();
  await expect(section.getByTestId("interim-request")).toContainText("aangeleverd op");
  await expectNoSeriousA11yViolations(provider);

  await page.goto(contractUrl);
  await expect(page.getByTestId("interim-request")).toContainText("aangeleverd op");
  // The yearly complaints report keeps its own rhythm, and a new interim report can be asked for again.
  await expect(page.getByRole("form", { name: `Tussentijdse rapportage opvragen: ${COMPLAINTS}` })).toBeVisible();
});

test("the dashboard shows each KPI's distribution with its bands and tables, labels whole and clear of the norm line", async ({
  page,
}) => {
  await login(page, OFFICER);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/beheer/uitvoering");
    await expect(page.getByRole("img", { name: /Resultaat behaald/ }).first()).toBeVisible();
    const distribution = page.getByRole("table", {
      name: /Resultaat behaald, \d{4}: aantal aanbieders per normband/,
    });
    await expect(distribution).toBeVisible();
    await expect(distribution).toContainText("Purmerend en Edam-Volendam");
    await expect(page.getByRole("heading", { name: "Verloop over de jaren" })).toBeVisible();

    // Sub-region names are shown whole, and no value text overlaps the norm line (issue 17, defect 12).
    const labels = page.getByTestId("band-chart-label");
    expect(await labels.count()).toBeGreaterThan(0);
    await expect(labels.filter({ hasText: "Purmerend en Edam-Volendam" }).first()).toBeVisible();
    const problems = await page.getByTestId("band-chart-row").evaluateAll((rows) =>
      rows.flatMap((row) => {
        const label = row.querySelector<HTMLElement>("[data-testid=band-chart-label]")!;
        const value = row.querySelector<HTMLElement>("[data-testid=band-chart-value]")!.getBoundingClientRect();
        const norm = row.querySelector<HTMLElement>("[data-testid=band-chart-norm]")!.getBoundingClientRect();
        const out: string[] = [];
        if (label.textContent?.includes("…")) out.push(`cut: ${label.textContent}`);
        if (label.scrollWidth > label.clientWidth + 1) out.push(`overflows: ${label.textContent}`);
        const overlaps =
          value.left < norm.right && norm.left < value.right && value.top < norm.bottom && norm.top < value.bottom;
        if (overlaps) out.push(`value over norm: ${label.textContent}`);
        return out;
      }),
    );
    expect(problems).toEqual([]);
    const wide = await page.evaluate(
      (w) =>
        [...document.querySelectorAll<HTMLElement>("main *")]
          .filter((e) => e.getBoundingClientRect().right > w + 1 && !e.closest(".utrecht-table-container, details"))
          .map((e) => `${e.tagName}.${e.className}`)
          .slice(0, 5),
      width,
    );
    expect(wide).toEqual([]);
    await expectNoSeriousA11yViolations(page);
  }
  await page.getByText("Tabel: verloop van Resultaat behaald per meetjaar").click();
  await expect(page.getByRole("table", { name: "Verloop van Resultaat behaald per meetjaar" })).toBeVisible();
});
