import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login, newPage } from "./support/login";
import { confirmDialog } from "./support/confirm";

const X = "Zorg aan de Zaan – J. de Vries (zzp)";

const local = (offsetHours: number) => {
  const d = new Date(Date.now() + offsetHours * 3600_000);
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  })
    .format(d)
    .replace(" ", "T");
};

const rowOf = (page: Page, name: string): Locator =>
  page
    .getByTestId("composition")
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name, exact: true }) });

async function planSession(page: Page, tableUrl: string, title: string, from: number, to: number) {
  await page.goto(tableUrl);
  const form = page.getByRole("form", { name: "Nieuwe sessie plannen" });
  if (!(await form.isVisible())) await page.getByText("Nieuwe sessie plannen", { exact: true }).click();
  await form.getByLabel("Titel").fill(title);
  await form.getByLabel("Begint op").fill(local(from));
  await form.getByLabel("Eindigt op").fill(local(to));
  await form.getByLabel("Locatie").fill("Stadhuis Zaandam, raadzaal");
  await form.getByRole("textbox", { name: "Agenda" }).fill("Opening\nWachttijden\nRondvraag");
  await form.getByRole("button", { name: "Sessie opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await page.getByRole("button", { name: "Samenstelling voorstellen" }).click();
  await expect(
    page.getByText("30 relevante aanbieders: maximaal 5 grote, 5 middelgrote en 2 kleine aanbieders."),
  ).toBeVisible();
}

/**
 * Makes sure the provider sits at the table (a manual change with a reason when the proposal left it out), then fixes.
 */
async function seatAndFix(page: Page, name: string, checkBadInput = false) {
  const row = rowOf(page, name);
  if ((await row.getAttribute("data-invited")) === "nee") {
    await row.locator("summary").click();
    const form = page.getByRole("form", { name: `Wijziging voor ${name}` });
    if (checkBadInput) {
      await form.getByRole("button", { name: "Toch uitnodigen" }).click();
      await expect(form.getByText(/Geef een reden voor deze wijziging/)).toBeVisible();
    }
    await form.getByLabel("Reden van de wijziging").fill("Nodig voor de vaste reeks over wachttijden");
    await form.getByRole("button", { name: "Toch uitnodigen" }).click();
    await expect(form.getByText("De wijziging is vastgelegd.")).toBeVisible();
    await expect(rowOf(page, name)).toHaveAttribute("data-invited", "ja");
  }
  const fix = page.getByRole("form", { name: "Samenstelling vaststellen" });
  if (checkBadInput && (await page.getByTestId("composition").locator('tr[data-invited="ja"]').count()) > 12) {
    await fix.getByRole("button", { name: "Samenstelling vaststellen" }).click();
    await expect(fix.getByText(/gaat boven de maxima/)).toBeVisible();
  }
  await fix.getByLabel("Reden om boven de maxima uit te komen").fill("Vaste deelnemer voor deze reeks sessies");
  await fix.getByRole("button", { name: "Samenstelling vaststellen" }).click();
  await expect(page.getByText(/^Vastgesteld op/)).toBeVisible();
}

async function recordAbsence(page: Page, name: string) {
  await page.getByRole("link", { name: "Bijeenkomst: uitnodigingen, aanwezigheid en verslag" }).click();
  await expect(page.getByRole("link", { name: "Samenstelling van de overlegtafel" })).toBeVisible();
  await page.getByLabel(`Aanwezigheid van ${name}`).selectOption("absent_without_reason");
  await page.getByRole("button", { name: "Aanwezigheid opslaan" }).click();
  await expect(page.getByText(/Aanwezigheid van 1 genodigde opgeslagen/)).toBeVisible();
}

test("overlegtafels: a table for a product with 30 providers, caps and reasons, absences, exclusion, replacement and transparency", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const tag = String(Date.now()).slice(-6);
  const title = `Overlegtafel Begeleiding individueel ${tag}`;

  await login(page, "inkoper@zaanstad.nl");
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Overlegtafels" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overlegtafels" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Nieuwe overlegtafel" }).click();
  await expectNoSeriousA11yViolations(page);

  // Bad input: no product for a one-product table; then a product without providers in the chosen sub-region.
  await page.getByLabel("Inkooptraject").selectOption({ label: "Inkoop Begeleiding Wmo 2027–2031" });
  await page.getByLabel("Naam van de overlegtafel").fill(title);
  await page.getByRole("button", { name: "Overlegtafel opslaan" }).click();
  await expect(page.getByText("Kies precies één product voor een overlegtafel over één product.")).toBeVisible();
  await expect(page.getByLabel("Naam van de overlegtafel")).toHaveValue(title);
  await page.getByRole("checkbox", { name: "Jeugd-GGZ" }).check();
  await page.getByLabel("Gebied").selectOption({ label: "Waterland en omgeving" });
  await page.getByRole("button", { name: "Overlegtafel opslaan" }).click();
  await expect(page.getByText(/Er is geen gecontracteerde aanbieder voor wie dit onderwerp relevant is/)).toBeVisible();
  await expect(page.getByLabel("Naam van de overlegtafel")).toHaveValue(title);

  await page.getByRole("checkbox", { name: "Jeugd-GGZ" }).uncheck();
  await page.getByRole("checkbox", { name: "Begeleiding individueel" }).check();
  await page.getByLabel("Gebied").selectOption({ label: "Hele regio" });
  await page.getByRole("button", { name: "Overlegtafel opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Relevante aanbieders (30)" })).toBeVisible();
  await expect(page.getByText(/nog geen sessie gehouden of gepland/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  const tableUrl = page.url().replace(/\?.*$/, "");

  // First session (already held): the proposal seats at most 12 with reasons; bad input on change and fixing.
  await planSession(page, tableUrl, `Sessie voorjaar ${tag}`, -50, -48);
  await expect(page.getByTestId("class-counts")).toHaveText(
    "Uitgenodigd: 5 groot, 5 middelgroot, 2 klein/zzp, 0 niet ingedeeld.",
  );
  await expect(page.getByTestId("composition").locator('tr[data-invited="ja"]')).toHaveCount(12);
  await expect(
    page
      .getByTestId("composition")
      .getByText(/^Uitgenodigd: een van de \d plaatsen/)
      .first(),
  ).toBeVisible();
  await expect(
    page
      .getByTestId("composition")
      .getByText(/^Niet uitgenodigd: /)
      .first(),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  if ((await rowOf(page, X).getAttribute("data-invited")) === "ja") {
    // Make sure the caps are exceeded to exercise the reason on fixing.
    const other = page.getByTestId("composition").locator('tr[data-invited="nee"]').first();
    const otherName = (await other.getByRole("rowheader").textContent())!;
    await seatAndFix(page, otherName, true);
  } else {
    await seatAndFix(page, X, true);
  }
  await expectNoSeriousA11yViolations(page);
  await recordAbsence(page, X);

  // Second session (already held), then a third still to come.
  await planSession(page, tableUrl, `Sessie zomer ${tag}`, -26, -24);
  await seatAndFix(page, X);
  await recordAbsence(page, X);
  await planSession(page, tableUrl, `Sessie najaar ${tag}`, 48, 50);
  await seatAndFix(page, X);
  await expect(page.getByText(/^Uitnodigingen verstuurd op/)).toBeVisible();
  const nextSessionUrl = page.url();

  // The provider is flagged; exclusion needs a reason; then a replacement of the same class is proposed.
  await page.goto(tableUrl);
  const flagged = page.getByTestId("flagged-provider").filter({ hasText: X });
  await expect(flagged.getByText(/Afwezig zonder opgave van reden op/)).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);
  const exclude = page.getByRole("form", { name: `${X} uitsluiten` });
  await exclude.getByRole("button", { name: "Uitsluiten" }).click();
  await confirmDialog(page);
  await expect(exclude.getByText(/Geef de reden voor de uitsluiting/)).toBeVisible();
  const reason = `Twee sessies gemist zonder opgave van reden (${tag})`;
  await exclude.getByLabel("Reden").fill(reason);
  await exclude.getByRole("button", { name: "Uitsluiten" }).click();
  await confirmDialog(page);
  await expect(
    page.getByText("De aanbieder is uitgesloten en op de hoogte gebracht. Voorgestelde vervangers: 1."),
  ).toBeVisible();
  await expect(page.getByText(new RegExp(`${X.replace(/[()]/g, "\\$&")}: tot .*${tag}`))).toBeVisible();

  await page.goto(nextSessionUrl);
  const replacement = page.getByTestId("replacement");
  await expect(replacement).toContainText(`${X} doet niet meer mee. Voorgestelde vervanger:`);
  await expect(replacement).toContainText("dezelfde grootteklasse en dezelfde subregio (Zaanstad en Wormerland)");
  const replacementName = (await replacement.textContent())!.match(/Voorgestelde vervanger: (.+?)\. Voorgesteld/)![1]!;
  await expect(rowOf(page, replacementName).getByRole("cell").first()).toHaveText("Klein/zzp");
  await expectNoSeriousA11yViolations(page);
  await replacement.getByRole("button", { name: "Vervanger uitnodigen" }).click();
  await expect(replacement).toContainText(`${replacementName} is als vervanger uitgenodigd.`);
  await expect(rowOf(page, replacementName)).toHaveAttribute("data-invited", "ja");
  await expect(rowOf(page, X)).toHaveAttribute("data-invited", "nee");

  // The excluded provider sees why; it reports its size, and bad figures are refused without losing input.
  const provider = await newPage(browser);
  await login(provider, "zzp@zorgaandezaan.nl");
  await provider
    .getByRole("navigation", { name: "Hoofdnavigatie" })
    .getByRole("link", { name: "Overlegtafels" })
    .click();
  await expect(provider.getByRole("heading", { level: 1, name: "Overlegtafels voor uw organisatie" })).toBeVisible();
  await expectNoSeriousA11yViolations(provider);
  await provider.getByRole("link", { name: title }).click();
  await expect(provider.getByTestId("own-exclusion")).toContainText(reason);
  const providerTableUrl = provider.url();
  await expect(provider.getByTestId("own-outcome").last()).toContainText("uitgesloten");
  await expect(provider.getByText(replacementName).first()).toBeVisible();
  await expectNoSeriousA11yViolations(provider);

  await provider.goto("/overlegtafels/omvang");
  await expect(provider.getByText("Gecontracteerd voor")).toBeVisible();
  await expect(provider.getByText("Begeleiding individueel")).toBeVisible();
  await provider.getByLabel("Aantal cliënten").fill("-5");
  await provider.getByLabel("Aantal medewerkers").fill("10000000");
  await provider.getByLabel("Omzet of budget binnen de Wmo (euro)").fill("veel");
  await provider.getByRole("button", { name: "Cijfers doorgeven" }).click();
  await expect(provider.getByText("Een negatief getal kan niet; vul 0 of meer in.")).toBeVisible();
  await expect(provider.getByText(/onwaarschijnlijk groot/)).toBeVisible();
  await expect(provider.getByText(/Vul een heel getal in/)).toBeVisible();
  await expect(provider.getByLabel("Aantal medewerkers")).toHaveValue("10000000");
  await expectNoSeriousA11yViolations(provider);
  await provider.getByLabel("Aantal cliënten").fill("18");
  await provider.getByLabel("Aantal medewerkers").fill("1");
  await provider.getByLabel("Omzet of budget binnen de Wmo (euro)").fill("95.000");
  await provider.getByRole("button", { name: "Cijfers doorgeven" }).click();
  await expect(provider.getByText("Uw cijfers zijn doorgegeven. De gemeente bevestigt ze.")).toBeVisible();

  // The officer confirms the figures.
  await page.goto("/beheer/overlegtafels/omvang");
  await expectNoSeriousA11yViolations(page);
  await page
    .getByRole("form", { name: `Cijfers van ${X} bevestigen` })
    .getByRole("button", { name: "Bevestigen" })
    .click();
  const figures = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: X, exact: true }) });
  await expect(figures).toContainText("Bevestigd");
  await expect(figures).toContainText("Klein/zzp");

  // The officer lifts the exclusion early: a reason is required, the provider is told and sees it.
  await page.goto(tableUrl);
  const exclusion = page.getByTestId("exclusion").filter({ hasText: reason });
  await exclusion.locator("summary").click();
  const lift = page.getByRole("form", { name: `Uitsluiting van ${X} opheffen` });
  await lift.getByRole("button", { name: "Uitsluiting opheffen" }).click();
  await confirmDialog(page);
  await expect(lift.getByText(/Geef de reden voor het opheffen/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const liftReason = `Afspraken over aanwezigheid gemaakt (${tag})`;
  await lift.getByLabel("Reden voor het opheffen").fill(liftReason);
  await lift.getByRole("button", { name: "Uitsluiting opheffen" }).click();
  await confirmDialog(page);
  await expect(page.getByText("De uitsluiting is opgeheven en de aanbieder is op de hoogte gebracht.")).toBeVisible();
  await expect(page.getByTestId("exclusion").filter({ hasText: reason })).toContainText(
    `Reden van opheffen: ${liftReason}`,
  );
  await expect(page.getByRole("form", { name: `Uitsluiting van ${X} opheffen` })).toHaveCount(0);
  // The absences the exclusion dealt with do not flag the provider again.
  await expect(page.getByTestId("flagged-provider").filter({ hasText: X })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.goto(nextSessionUrl);
  await expect(page.getByTestId("lifted-exclusion")).toContainText(`De uitsluiting van ${X} is op`);
  await expect(page.getByTestId("lifted-exclusion")).toContainText("al vastgesteld");
  await expectNoSeriousA11yViolations(page);
  await provider.goto(providerTableUrl);
  await expect(provider.getByTestId("own-exclusion")).toHaveCount(0);
  await expect(provider.getByTestId("own-exclusion-lifted")).toContainText(liftReason);
  await expectNoSeriousA11yViolations(provider);
  await provider.context().close();
});

test("overlegtafels: the officer maintains a provider's products and sub-regions, refusing incomplete input; the provider sees the result", async ({
  page,
  browser,
}) => {
  await login(page, "inkoper@zaanstad.nl");
  await page.goto("/beheer/overlegtafels/omvang");
  await page.getByRole("link", { name: X, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Contract van ${X}` })).toBeVisible();
  await expect(
    page.getByText(/Regel: een gecontracteerde aanbieder heeft minstens één product en minstens één deelregio/),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const form = page.getByRole("form", { name: `Contract van ${X} vastleggen` });
  const productsGroup = form.getByRole("group", { name: "Gecontracteerde producten" });
  const subregionsGroup = form.getByRole("group", { name: "Deelregio's waarin de aanbieder werkt" });
  await expect(productsGroup.getByRole("checkbox", { name: "Begeleiding individueel" })).toBeChecked();
  await expect(subregionsGroup.getByRole("checkbox", { name: "Zaanstad en Wormerland" })).toBeChecked();

  // Bad input: no product at all; then "no longer contracted" together with a sub-region.
  await productsGroup.getByRole("checkbox", { name: "Begeleiding individueel" }).uncheck();
  await form.getByRole("button", { name: "Contract opslaan" }).click();
  await expect(form.getByText("Kies minstens één product, of vink ‘Niet meer gecontracteerd’ aan.")).toBeVisible();
  await expect(subregionsGroup.getByRole("checkbox", { name: "Zaanstad en Wormerland" })).toBeChecked();
  await expectNoSeriousA11yViolations(page);
  await form.getByRole("checkbox", { name: "Niet meer gecontracteerd" }).check();
  await form.getByRole("button", { name: "Contract opslaan" }).click();
  await expect(form.getByText(/Kies het een of het ander/)).toBeVisible();

  // A product and a sub-region added.
  await form.getByRole("checkbox", { name: "Niet meer gecontracteerd" }).uncheck();
  await productsGroup.getByRole("checkbox", { name: "Begeleiding individueel" }).check();
  await productsGroup.getByRole("checkbox", { name: "Kortdurend verblijf" }).check();
  await subregionsGroup.getByRole("checkbox", { name: "Waterland en omgeving" }).check();
  await form.getByRole("button", { name: "Contract opslaan" }).click();
  await expect(form.getByText("Het contract is opgeslagen: 2 toegevoegd, 0 verwijderd.")).toBeVisible();
  await expect(page.getByText("Begeleiding individueel, Kortdurend verblijf")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const provider = await newPage(browser);
  await login(provider, "zzp@zorgaandezaan.nl");
  await provider.goto("/overlegtafels/omvang");
  await expect(provider.getByText("Begeleiding individueel, Kortdurend verblijf")).toBeVisible();
  await expect(provider.getByText("Waterland en omgeving, Zaanstad en Wormerland")).toBeVisible();
  await expectNoSeriousA11yViolations(provider);

  // Back as it was, so the demo data stays the same for what follows.
  await productsGroup.getByRole("checkbox", { name: "Kortdurend verblijf" }).uncheck();
  await subregionsGroup.getByRole("checkbox", { name: "Waterland en omgeving" }).uncheck();
  await form.getByRole("button", { name: "Contract opslaan" }).click();
  await expect(form.getByText("Het contract is opgeslagen: 0 toegevoegd, 2 verwijderd.")).toBeVisible();
  await provider.reload();
  await expect(provider.getByText("Gecontracteerd voor")).toBeVisible();
  await expect(provider.getByText("Kortdurend verblijf")).toHaveCount(0);
  await provider.context().close();
});

test("overlegtafels: size thresholds and the CSV import refuse bad input clearly and keep what was typed", async ({
  page,
}) => {
  await login(page, "beheerder@inkoopdialoog.nl");
  // The administrator sets thresholds from the main navigation; the tables themselves are for officers.
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Hoofdnavigatie" })
    .getByRole("link", { name: "Drempels grootteklassen" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Drempels voor grootteklassen" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Aantal cliënten: klein onder").fill("300");
  await page.getByRole("button", { name: "Drempels opslaan" }).click();
  await expect(
    page.getByText("De grens voor 'klein' moet lager zijn dan of gelijk aan de grens voor 'groot'."),
  ).toBeVisible();
  await expect(page.getByLabel("Aantal cliënten: klein onder")).toHaveValue("300");
  await page.getByLabel("Aantal cliënten: klein onder").fill("25");
  await page.getByLabel("Aantal medewerkers: groot vanaf").fill("-4");
  await page.getByRole("button", { name: "Drempels opslaan" }).click();
  await expect(page.getByText("Een negatief getal kan niet; vul 0 of meer in.")).toBeVisible();
  await expect(page.getByLabel("Aantal medewerkers: groot vanaf")).toHaveValue("-4");
  await page.getByLabel("Aantal medewerkers: groot vanaf").fill("100");
  await page.getByRole("button", { name: "Drempels opslaan" }).click();
  await expect(page.getByText("De drempels zijn opgeslagen.")).toBeVisible();

  const officer = page;
  await officer.context().clearCookies();
  await login(officer, "contractmanager@purmerend.nl");
  await officer.goto("/beheer/overlegtafels/omvang?jaar=2019");
  await expectNoSeriousA11yViolations(officer);
  const row = officer
    .getByRole("row")
    .filter({ has: officer.getByRole("rowheader", { name: "Creatief Atelier De Kwast", exact: true }) });
  const kvk = (await row.getByRole("cell").first().textContent())!.trim();
  const form = officer.getByRole("form", { name: "Cijfers inlezen uit CSV" });
  const bad = `kvk;jaar;clienten;medewerkers;omzet_wmo\n${kvk};2019;-3;1;50000\n99999999;2019;5;1;50000\n`;
  await form.getByLabel("Of plak de inhoud hier").fill(bad);
  await form.getByRole("button", { name: "Inlezen" }).click();
  await expect(form.getByText(/Regel 2: Aantal cliënten: Een negatief getal kan niet/)).toBeVisible();
  await expect(form.getByLabel("Of plak de inhoud hier")).toHaveValue(bad);
  await form
    .getByLabel("Of plak de inhoud hier")
    .fill(`kvk;jaar;clienten;medewerkers;omzet_wmo\n99999999;2019;5;1;50000\n`);
  await form.getByRole("button", { name: "Inlezen" }).click();
  await expect(form.getByText("Regel 2: geen aanbieder met KvK-nummer 99999999.")).toBeVisible();
  await expect(row).toContainText("Geen cijfers");
  await form
    .getByLabel("Of plak de inhoud hier")
    .fill(`kvk;jaar;clienten;medewerkers;omzet_wmo\n${kvk};2019;12;2;"90.000"\n`);
  await form.getByRole("button", { name: "Inlezen" }).click();
  await expect(form.getByText("1 regel ingelezen en bevestigd.")).toBeVisible();
  await expect(row).toContainText("Bevestigd");
  await expect(row).toContainText("Klein/zzp");
});
