import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login, newPage } from "./support/login";

const OFFICER = "contractmanager@purmerend.nl";
const PROVIDER = "aanbieder@zorggroep-zaanstreek.nl";
const CONTRACT = /ZW-BW-2026-001/;
const SUBREGION = "Waterland en omgeving";
const KPI = "Continuïteit van ondersteuning (start zorg binnen 6 weken)";
// Twelve allocations in 2026: nine start within 42 days, three later; two 305 messages are sent weeks late.
const FIXTURE = readFileSync(path.join(__dirname, "../fixtures/kpi-data/care-start.csv"), "utf8");

/** Data of a year is imported from 1 January after it until its establishment on 1 April (Dutch time). */
function measurementWindowOpen(): boolean {
  const month = Number(
    new Intl.DateTimeFormat("en", { timeZone: "Europe/Amsterdam", month: "numeric" }).format(new Date()),
  );
  return month <= 3;
}

async function openContract(page: Page, listPath: string) {
  await page.goto(listPath);
  await page.getByRole("link", { name: CONTRACT }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

test("an officer imports a year of start-of-care messages; the provider sees the computation and responds", async ({
  page,
  browser,
}) => {
  await login(page, OFFICER);
  await openContract(page, "/beheer/contracten");
  const form = page.getByRole("form", { name: "Meetgegevens importeren" });
  // The fixture is written for 2026; it is moved to the form's year, the last completed one (dates shift with it).
  const year = await form.getByLabel("Meetjaar").inputValue();
  const csv = FIXTURE.replaceAll("2026", year);
  await form.getByLabel("Soort gegevens").selectOption({ label: "Start zorg (één regel per toewijzing)" });
  await form.getByLabel("Deelregio").selectOption({ label: SUBREGION });

  // A file with a BSN column is refused, naming the column and the rows; nothing is imported.
  const withBsn = csv
    .split("\n")
    .map((line, i) => (line ? `${line};${i === 0 ? "nummer" : i === 3 ? "111222333" : ""}` : line))
    .join("\n");
  await form
    .getByLabel(/^Bestand/)
    .setInputFiles({ name: "start.csv", mimeType: "text/csv", buffer: Buffer.from(withBsn) });
  await form.getByRole("button", { name: "Gegevens importeren" }).click();
  const problems = form.getByTestId("import-problems");
  await expect(problems).toContainText("Er is niets geïmporteerd");
  await expect(problems).toContainText("Rij 4, kolom ‘nummer’: Lijkt persoonsgegevens te bevatten in rij 4.");
  await expect(form.getByLabel("Deelregio")).toHaveValue(/.+/);
  await expectNoSeriousA11yViolations(page);

  // A 305 before its 301 and an unknown product: every row named at once.
  const bad = csv.replace("ZW-000104;WMO-BI", "ZW-000104;WMO-XX").replace(`${year}-02-09;10-02`, `${year}-01-09;10-02`);
  await form
    .getByLabel(/^Bestand/)
    .setInputFiles({ name: "start.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await form.getByRole("button", { name: "Gegevens importeren" }).click();
  await expect(problems).toContainText("Rij 2, kolom ‘startdatum 305’");
  await expect(problems).toContainText("Rij 5, kolom ‘productcode’: Productcode WMO-XX is onbekend");

  await form
    .getByLabel(/^Bestand/)
    .setInputFiles({ name: "start.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await form.getByRole("button", { name: "Gegevens importeren" }).click();
  if (!measurementWindowOpen()) {
    // From 1 April the last completed year is established and the running year has no result yet (source
    // 002): the good file is refused for its year, and nothing is imported.
    await expect(form.getByText(`Meetjaar ${year} is al vastgesteld`)).toBeVisible();
    await expect(form.getByText(/regels geïmporteerd/)).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    return;
  }
  await expect(form.getByText(new RegExp(`12 regels geïmporteerd voor ${year}`))).toBeVisible();
  const result = page.getByTestId("kpi-result").filter({ hasText: SUBREGION }).filter({ hasText: KPI });
  await expect(result.first()).toContainText("75%");
  await expect(result.first()).toContainText("berekend uit meetgegevens");
  await expect(page.getByTestId("kpi-computation").first()).toContainText("9 van 12 toewijzingen op tijd gestart: 75%");
  await expectNoSeriousA11yViolations(page);

  // The provider sees its own computation with the counts and the late-305 signal, and responds.
  const provider = await newPage(browser);
  await login(provider, PROVIDER);
  await openContract(provider, "/mijn-contracten");
  const computation = provider.getByTestId("kpi-computation").filter({ hasText: `${SUBREGION}, ${year}` });
  await expect(computation).toContainText("9 van 12 toewijzingen op tijd gestart: 75%. 12 cliënten.");
  await expect(computation.getByTestId("late-305")).toContainText(
    "2 iWmo305-berichten later verzonden dan 5 werkdagen",
  );
  await expect(provider.getByText(/uiterlijk op dag 42 na de startdatum uit de iWmo301/)).toBeVisible();
  await expectNoSeriousA11yViolations(provider);
  const respond = provider.getByRole("form", { name: `Reageren op ${KPI} in ${SUBREGION}` });
  const text = `De drie late starts lagen aan een wachtlijst bij de dagbesteding (${Date.now()}).`;
  await respond.getByLabel("Uw reactie").fill(text);
  await respond.getByRole("button", { name: "Reactie versturen" }).click();
  await expect(respond.getByText("Uw reactie is opgeslagen.")).toBeVisible();

  await page.reload();
  await expect(result.first()).toContainText(text);
});
