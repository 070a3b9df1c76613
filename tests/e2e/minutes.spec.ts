import { expect, test, type Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login, newPage } from "./support/login";
import { confirmDialog } from "./support/confirm";

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

async function pdfText(bytes: Buffer): Promise<string> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++)
    parts.push(
      ((await (await doc.getPage(n)).getTextContent()).items as { str?: string }[]).map((i) => i.str ?? "").join(" "),
    );
  return parts.join("\n");
}

async function openMinutes(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Verslag van");
}

test("minutes: a detected cost price is redacted, a second officer approves, and no other provider can find it anywhere", async ({
  page,
  browser,
}) => {
  // A unique amount in a cost-price sentence is the secret.
  const digits = String(Date.now()).slice(-5);
  const secret = `€ ${digits.slice(0, 2)}.${digits.slice(2)},77`;
  const secretDigits = `${digits.slice(0, 2)}.${digits.slice(2)}`;
  const title = `Eén-op-één tarieven ${[...digits].map((d) => "abcdefghij"[Number(d)]).join("")}`;

  await login(page, "inkoper@zaanstad.nl");
  await page.goto("/beheer/trajecten");
  await page.getByRole("link", { name: "Jeugdhulp ambulant regio Zaanstreek-Waterland" }).click();
  await page.getByRole("link", { name: "Nieuwe bijeenkomst" }).click();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Soort bijeenkomst").selectOption("one_to_one");
  await page.getByLabel("Begint op").fill(local(-1));
  await page.getByLabel("Eindigt op").fill(local(-2));
  await page.getByLabel("Plaats").fill("Stadhuis Zaandam, zaal 2");
  await page.getByRole("textbox", { name: "Agenda" }).fill("Opening\nTarieven 2027\nRondvraag");
  await page.getByRole("button", { name: "Bijeenkomst opslaan" }).click();
  await expect(page.getByText("Het einde moet na het begin liggen.")).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveValue(title);
  await page.getByLabel("Eindigt op").fill(local(2));
  await page.getByRole("button", { name: "Bijeenkomst opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Tarieven 2027")).toBeVisible();

  await page
    .getByRole("group", { name: "Zorgaanbieders" })
    .getByRole("checkbox", { name: /Zorggroep Zaanstreek/ })
    .check();
  await page.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(page.getByText("1 genodigde toegevoegd.")).toBeVisible();
  await page.getByRole("button", { name: "Uitnodigingen versturen" }).click();
  await expect(page.getByText(/(persoon is|personen zijn) uitgenodigd/)).toBeVisible();
  await page.getByLabel("Aanwezigheid van Zorggroep Zaanstreek").selectOption("present");
  await page.getByRole("button", { name: "Aanwezigheid opslaan" }).click();
  await expect(page.getByText("Aanwezigheid van 1 genodigde opgeslagen.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Verslag schrijven en publiceren" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Verslag van");
  const minutesUrl = page.url();
  const editor = page.getByTestId("editor-minutes").locator(".ProseMirror");
  await editor.click();
  await page.keyboard.type(
    `Zorggroep Zaanstreek noemde een kostprijs van ${secret} per uur voor ambulante begeleiding. De wachttijden worden korter.`,
  );
  const suggestion = page.getByRole("button", { name: `Weglakken: ${secret} per uur`, exact: true });
  await expect(suggestion).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await suggestion.click();
  await expect(page.getByText(/0 open, 1 weggelakt/)).toBeVisible();
  await page.getByRole("button", { name: "Verslag opslaan" }).click();
  await expect(page.getByText("Het verslag is opgeslagen.")).toBeVisible();
  await page.getByRole("button", { name: "Aanbieden ter beoordeling" }).click();
  await expect(page.getByText("Het verslag is aangeboden ter beoordeling.")).toBeVisible();
  // Four eyes: the author can neither approve nor publish.
  await expect(
    page.getByText("Een andere medewerker moet dit verslag beoordelen; u hebt het zelf aangeboden."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Publiceren aan alle partijen" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  const colleague = await newPage(browser);
  await login(colleague, "beleid@zaanstad.nl");
  await openMinutes(colleague, minutesUrl);
  await expect(colleague.locator(".inkoop-redaction")).toContainText(secret);
  await expectNoSeriousA11yViolations(colleague);
  await colleague.getByLabel("Besluit").selectOption("approve");
  await colleague.getByRole("button", { name: "Beoordelen" }).click();
  await expect(colleague.getByText("Uw beoordeling is vastgelegd.")).toBeVisible();

  await page.reload();
  await page.getByRole("button", { name: "Publiceren aan alle partijen" }).click();
  await confirmDialog(page);
  await expect(page.getByText(/Versie 1 is gepubliceerd en verstuurd aan \d+ (persoon|personen)\./)).toBeVisible();
  const publishedPath = new URL(
    (await page
      .getByRole("link", { name: /^Versie 1, gepubliceerd op/ })
      .first()
      .getAttribute("href"))!,
    page.url(),
  ).pathname;

  // A member of another provider reads everything that is published and finds no trace of the secret.
  const other = await newPage(browser);
  await login(other, "aanbieder@wijkzorg-waterland.nl");
  await other.goto(publishedPath);
  await expect(other.getByText("[weggelakt — concurrentiegevoelig, 5.1.2f]")).toBeVisible();
  await expectNoSeriousA11yViolations(other);
  const html = await other.content();
  const rsc = await (await other.request.get(publishedPath, { headers: { RSC: "1" } })).text();
  const json = await (await other.request.get(`${publishedPath}/json`)).text();
  const pdf = await other.request.get(`${publishedPath}/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const pdfBytes = await pdf.body();
  const text = await pdfText(pdfBytes);
  expect(text).toContain("[weggelakt — concurrentiegevoelig, 5.1.2f]");
  await other.goto(`/zoeken?q=${encodeURIComponent(secretDigits)}`);
  // The page repeats the query itself, but finds nothing.
  await expect(other.getByRole("heading", { name: /Geen resultaten/ })).toBeVisible();
  await other.goto(`/zoeken?q=${encodeURIComponent("ambulante begeleiding")}`);
  await expect(other.getByRole("link", { name: new RegExp(`Verslag van ${title}`) })).toBeVisible();
  await expectNoSeriousA11yViolations(other);
  const searchHit = await other.content();
  for (const surface of [html, rsc, json, text, pdfBytes.toString("latin1"), searchHit]) {
    expect(surface).not.toContain(secretDigits);
    expect(surface).not.toContain(digits);
  }

  // The unpublished working copy and a version that does not exist are not found for a provider.
  expect((await other.request.get(`${publishedPath.replace(/\/1$/, "/2")}/pdf`)).status()).toBe(404);
  await other.goto(minutesUrl);
  await expect(other.getByRole("heading", { level: 1 })).not.toContainText("Verslag van");
});

test("minutes: attendees check the redacted draft before publication and their remark reaches the officers", async ({
  page,
  browser,
}) => {
  const title = `Plenaire sessie controle ${Date.now().toString(36)}`;
  await login(page, "inkoper@zaanstad.nl");
  await page.goto("/beheer/trajecten");
  await page.getByRole("link", { name: "Jeugdhulp ambulant regio Zaanstreek-Waterland" }).click();
  await page.getByRole("link", { name: "Nieuwe bijeenkomst" }).click();
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Soort bijeenkomst").selectOption("plenary");
  await page.getByLabel("Begint op").fill(local(-1));
  await page.getByLabel("Eindigt op").fill(local(1));
  await page.getByLabel("Online link").fill("https://vergadering.example.nl/sessie");
  await page.getByRole("textbox", { name: "Agenda" }).fill("Opening\nWachttijden");
  await page.getByRole("button", { name: "Bijeenkomst opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const meetingPath = new URL(page.url()).pathname.replace("/beheer", "");
  await page
    .getByRole("group", { name: "Zorgaanbieders" })
    .getByRole("checkbox", { name: /Zorggroep Zaanstreek/ })
    .check();
  await page.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(page.getByText("1 genodigde toegevoegd.")).toBeVisible();

  await page.getByRole("link", { name: "Verslag schrijven en publiceren" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Verslag van");
  const minutesUrl = page.url();
  await page.getByTestId("editor-minutes").locator(".ProseMirror").click();
  await page.keyboard.type("Mevrouw Bakker wacht al een jaar op begeleiding; de wachttijden moeten omlaag.");
  await expect(page.getByText(/1 open, 0 weggelakt/)).toBeVisible();
  await page.getByRole("button", { name: "Weglakken: Mevrouw Bakker", exact: true }).click();
  await page.getByRole("button", { name: "Verslag opslaan" }).click();
  await expect(page.getByText("Het verslag is opgeslagen.")).toBeVisible();
  await page.getByRole("button", { name: "Aanbieden ter beoordeling" }).click();
  await expect(page.getByText("Het verslag is aangeboden ter beoordeling.")).toBeVisible();

  const colleague = await newPage(browser);
  await login(colleague, "beleid@zaanstad.nl");
  await openMinutes(colleague, minutesUrl);
  await colleague.getByLabel("Besluit").selectOption("approve");
  await colleague.getByRole("button", { name: "Beoordelen" }).click();
  await expect(colleague.getByText("Uw beoordeling is vastgelegd.")).toBeVisible();

  await page.reload();
  await page.getByLabel("Uiterste datum").fill(local(48));
  await page.getByRole("button", { name: "Controle vragen" }).click();
  await expect(
    page.getByText(/^De genodigde is gevraagd het verslag te controleren \(de aanwezigheid is nog niet vastgelegd\)/),
  ).toBeVisible();
  await page.getByRole("button", { name: "Publiceren aan alle partijen" }).click();
  await confirmDialog(page);
  await expect(page.getByText(/De aanwezigen kunnen het verslag nog controleren tot/).first()).toBeVisible();

  const attendee = await newPage(browser);
  await login(attendee, "aanbieder@zorggroep-zaanstreek.nl");
  await attendee.goto(meetingPath);
  await expect(attendee.getByRole("link", { name: "Deelnemen via de online link" })).toBeVisible();
  await expectNoSeriousA11yViolations(attendee);
  await attendee.goto(`${meetingPath}/verslag-controle`);
  await expect(attendee.getByText("[weggelakt — persoonsgegevens, 5.1.2e]")).toBeVisible();
  await expect(attendee.getByText("Bakker")).toHaveCount(0);
  await expectNoSeriousA11yViolations(attendee);
  await attendee.getByRole("button", { name: "Opmerking versturen" }).click();
  await expect(attendee.getByText("Gebruik minstens 5 tekens.")).toBeVisible();
  await attendee.getByRole("textbox", { name: "Uw opmerking" }).fill("Noem ook de datum van de volgende sessie.");
  await attendee.getByRole("button", { name: "Opmerking versturen" }).click();
  await expect(attendee.getByText("Uw opmerking is verstuurd naar de gemeente.")).toBeVisible();

  // Another provider was not invited: the meeting and its check do not exist for it.
  const other = await newPage(browser);
  await login(other, "aanbieder@wijkzorg-waterland.nl");
  await other.goto(`${meetingPath}/verslag-controle`);
  await expect(other.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();

  await page.reload();
  await expect(page.getByText(/Anouk Zorg .*Noem ook de datum van de volgende sessie\./)).toBeVisible();
});
