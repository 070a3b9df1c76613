import { expect, test, type Browser, type Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login, newPage } from "./support/login";
import { confirmDialog } from "./support/confirm";

const local = (offsetHours: number) =>
  new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  })
    .format(new Date(Date.now() + offsetHours * 3600_000))
    .replace(" ", "T");

async function pdfText(bytes: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++)
    parts.push(
      ((await (await doc.getPage(n)).getTextContent()).items as { str?: string }[]).map((i) => i.str ?? "").join(" "),
    );
  return parts.join("\n");
}

/** Pastes HTML into the editor as a browser would when an officer pastes from another document. */
async function pasteHtml(page: Page, testId: string, html: string) {
  await page.getByTestId(testId).locator(".ProseMirror").click();
  await page.keyboard.press("End");
  await page
    .getByTestId(testId)
    .locator(".ProseMirror")
    .evaluate((el, value) => {
      const data = new DataTransfer();
      data.setData("text/html", value);
      data.setData("text/plain", value.replace(/<[^>]+>/g, ""));
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
}

async function newMeeting(page: Page, title: string) {
  await page.goto("/beheer/trajecten");
  await page.getByRole("link", { name: "Jeugdhulp ambulant regio Zaanstreek-Waterland" }).click();
  await page.getByRole("link", { name: "Nieuwe bijeenkomst" }).click();
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Soort bijeenkomst").selectOption("plenary");
  await page.getByLabel("Begint op").fill(local(-1));
  await page.getByLabel("Eindigt op").fill(local(1));
  await page.getByLabel("Plaats").fill("Stadhuis Zaandam");
  await page.getByRole("textbox", { name: "Agenda" }).fill("Opening\nWachttijden");
  await page.getByRole("button", { name: "Bijeenkomst opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page
    .getByRole("group", { name: "Zorgaanbieders" })
    .getByRole("checkbox", { name: /Zorggroep Zaanstreek/ })
    .check();
  await page.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(page.getByText("1 genodigde toegevoegd.")).toBeVisible();
  await page.getByRole("link", { name: "Verslag schrijven en publiceren" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Verslag van");
  return page.url();
}

async function approveAs(browser: Browser, email: string, minutesUrl: string) {
  const reviewer = await newPage(browser);
  await login(reviewer, email);
  await reviewer.goto(minutesUrl);
  await reviewer.getByLabel("Besluit").selectOption("approve");
  await reviewer.getByRole("button", { name: "Beoordelen" }).click();
  await expect(reviewer.getByText("Uw beoordeling is vastgelegd.")).toBeVisible();
  await reviewer.close();
}

/** Everything a reader can reach about a published version, as text. */
async function surfaces(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await expectNoSeriousA11yViolations(page);
  const pdf = await page.request.get(`${path}/pdf`);
  const bytes = await pdf.body();
  return [
    await page.content(),
    await (await page.request.get(path, { headers: { RSC: "1" } })).text(),
    await (await page.request.get(`${path}/json`)).text(),
    await pdfText(bytes),
    bytes.toString("latin1"),
  ];
}

const decodedForms = (value: string) => {
  const forms = [value, value.replace(/\+/g, " ")];
  let current = value;
  for (let i = 0; i < 5; i++) {
    try {
      current = decodeURIComponent(current.replace(/\+/g, " "));
    } catch {
      break;
    }
    forms.push(current);
  }
  return forms.map((f) => f.toLowerCase().replace(/&amp;/g, "&"));
};

test("links, change notes and four eyes: nothing removed reaches a provider, a resident or a visitor", async ({
  page,
  browser,
}) => {
  // Three readers times two versions times five surfaces, each scanned in several decoded forms.
  test.setTimeout(300_000);
  const tag = [...String(Date.now()).slice(-6)].map((d) => "bcdfghjklm"[Number(d)]).join("");
  const surname = `Ver${tag}`;
  const price = `€ ${String(Date.now()).slice(-2)},35`;
  const title = `Sessie links ${tag}`;
  await login(page, "inkoper@zaanstad.nl");
  const minutesUrl = await newMeeting(page, title);

  await page.getByTestId("editor-minutes").locator(".ProseMirror").click();
  await page.keyboard.type(`Mevrouw ${surname} wacht al een jaar op begeleiding. `);
  await pasteHtml(
    page,
    "editor-minutes",
    `<p>Zie <a href="https://dossier.example.nl/?naam=mevrouw+${surname}">het dossier</a> en ` +
      `<a href="mailto:inkoop@zorg.example.nl?subject=Kostprijs%20${encodeURIComponent(price)}">mail ons</a>.</p>`,
  );
  // The officer sees every address as a reader would decode it.
  const links = page.getByRole("region", { name: "Links in de tekst" });
  await expect(links.getByText(`https://dossier.example.nl/?naam=mevrouw ${surname}`)).toBeVisible();
  await expect(links.getByText(`subject=Kostprijs ${price}`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The detector reads the address too: the price in the subject is a suggestion, dealt with by removing the link.
  await page.getByRole("button", { name: new RegExp(`^Link verwijderen: ${price.replace(/[€,]/g, ".")}`) }).click();
  await expect(links.getByText(`subject=Kostprijs`)).toHaveCount(0);
  await page.getByRole("button", { name: new RegExp(`^Weglakken: (Mevrouw )?${surname}$`) }).click();
  await expect(page.getByText(/^0 open/)).toBeVisible();
  await page.getByRole("button", { name: "Verslag opslaan" }).click();
  await expect(page.getByText("Het verslag is opgeslagen.")).toBeVisible();

  // Four eyes: A wrote, B only submits, A may not approve; a third officer does.
  const colleague = await newPage(browser);
  await login(colleague, "beleid@zaanstad.nl");
  await colleague.goto(minutesUrl);
  await colleague.getByRole("button", { name: "Aanbieden ter beoordeling" }).click();
  await expect(colleague.getByText("Het verslag is aangeboden ter beoordeling.")).toBeVisible();
  await page.reload();
  await expect(
    page.getByText(
      "Een andere medewerker moet dit verslag beoordelen; u hebt er sinds de vorige publicatie zelf aan gewerkt.",
    ),
  ).toBeVisible();
  await expect(page.getByLabel("Besluit")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await approveAs(browser, "contractmanager@purmerend.nl", minutesUrl);

  await page.reload();
  await page.getByRole("button", { name: "Publiceren aan alle partijen" }).click();
  await confirmDialog(page);
  await expect(page.getByText(/Versie 1 is gepubliceerd/)).toBeVisible();
  const v1 = new URL(
    (await page
      .getByRole("link", { name: /^Versie 1, gepubliceerd op/ })
      .first()
      .getAttribute("href"))!,
    page.url(),
  ).pathname;

  // A correction whose change note repeats the removed name is refused, and the note stays in the field.
  await page.getByTestId("editor-minutes").locator(".ProseMirror").click();
  await page.keyboard.press("End");
  await page.keyboard.type(" De wachttijden worden korter.");
  await page.getByRole("button", { name: "Verslag opslaan" }).click();
  await expect(page.getByText("Het verslag is opgeslagen.")).toBeVisible();
  await page.getByRole("button", { name: "Aanbieden ter beoordeling" }).click();
  await expect(page.getByText("Het verslag is aangeboden ter beoordeling.")).toBeVisible();
  await approveAs(browser, "beleid@zaanstad.nl", minutesUrl);
  await page.reload();
  const badNote = `Naam van de cliënt alsnog weggelakt, namelijk mevrouw ${surname.toUpperCase()}.`;
  await page.getByLabel("Wat is er gewijzigd?").fill(badNote);
  await page.getByRole("button", { name: "Publiceren aan alle partijen" }).click();
  await confirmDialog(page);
  await expect(page.getByText(/De wijzigingsnotitie noemt weggelakte of gevoelige tekst/)).toBeVisible();
  await expect(page.getByLabel("Wat is er gewijzigd?")).toHaveValue(badNote);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Wat is er gewijzigd?").fill("Een zin over de wachttijden toegevoegd.");
  await page.getByRole("button", { name: "Publiceren aan alle partijen" }).click();
  await confirmDialog(page);
  await expect(page.getByText(/Versie 2 is gepubliceerd/)).toBeVisible();
  const v2 = v1.replace(/\/1$/, "/2");

  const provider = await newPage(browser);
  await login(provider, "aanbieder@wijkzorg-waterland.nl");
  const resident = await newPage(browser);
  await login(resident, "inwoner@example.nl");
  const visitor = await newPage(browser);
  for (const reader of [provider, resident, visitor]) {
    for (const path of [v1, v2]) {
      const found = await surfaces(reader, path);
      expect(found[0]).toContain("[weggelakt — persoonsgegevens, 5.1.2e]");
      for (const surface of found)
        for (const form of decodedForms(surface)) {
          expect(form).not.toContain(surname.toLowerCase());
          expect(form).not.toContain(price.slice(2));
          expect(form).not.toContain("dossier.example.nl");
        }
    }
    await reader.goto(v2);
    await expect(reader.getByText("Een zin over de wachttijden toegevoegd.").first()).toBeVisible();
    await reader.goto(`/zoeken?q=${encodeURIComponent(surname)}`);
    await expect(reader.getByRole("heading", { name: /Geen resultaten/ })).toBeVisible();
  }
});

test("the attendee check shows a gated copy, never the working copy, and only after a second officer approved", async ({
  page,
  browser,
}) => {
  const tag = [...String(Date.now()).slice(-6)].map((d) => "bcdfghjklm"[Number(d)]).join("");
  const title = `Sessie controle ${tag}`;
  await login(page, "inkoper@zaanstad.nl");
  const minutesUrl = await newMeeting(page, title);
  const meetingPath = new URL(minutesUrl).pathname.replace("/beheer", "").replace(/\/verslag$/, "");

  await page.getByTestId("editor-minutes").locator(".ProseMirror").click();
  await page.keyboard.type(`Meneer Van${tag} vertelde over de wachtlijst.`);
  await page.getByRole("button", { name: "Verslag opslaan" }).click();
  await expect(page.getByText("Het verslag is opgeslagen.")).toBeVisible();
  // While a suggestion is undecided the check cannot be asked for.
  await expect(page.getByRole("button", { name: "Controle vragen" })).toHaveCount(0);
  await page.getByRole("button", { name: "Aanbieden ter beoordeling" }).click();
  await expect(page.getByText(/suggestie voor weglakken niet beoordeeld/)).toBeVisible();
  await page.getByRole("button", { name: new RegExp(`^Weglakken: (Meneer )?Van${tag}$`) }).click();
  await page.getByRole("button", { name: "Verslag opslaan" }).click();
  await expect(page.getByText("Het verslag is opgeslagen.")).toBeVisible();
  await page.getByRole("button", { name: "Aanbieden ter beoordeling" }).click();
  await expect(page.getByText("Het verslag is aangeboden ter beoordeling.")).toBeVisible();
  await approveAs(browser, "beleid@zaanstad.nl", minutesUrl);

  await page.reload();
  await page.getByLabel("Uiterste datum").fill(local(48));
  await page.getByRole("button", { name: "Controle vragen" }).click();
  await expect(
    page.getByText(/^De genodigde is gevraagd het verslag te controleren \(de aanwezigheid is nog niet vastgelegd\)/),
  ).toBeVisible();

  // The officer edits the working copy afterwards: attendees keep reading the checked copy.
  await page.getByTestId("editor-minutes").locator(".ProseMirror").click();
  await page.keyboard.press("End");
  await page.keyboard.type(` Mevrouw Nieuw${tag} belde later.`);
  await page.getByRole("button", { name: "Verslag opslaan" }).click();
  await expect(page.getByText(/goedkeuring is vervallen|opgeslagen/).first()).toBeVisible();

  const attendee = await newPage(browser);
  await login(attendee, "aanbieder@zorggroep-zaanstreek.nl");
  await attendee.goto(`${meetingPath}/verslag-controle`);
  await expect(attendee.getByText("[weggelakt — persoonsgegevens, 5.1.2e]")).toBeVisible();
  await expectNoSeriousA11yViolations(attendee);
  const html = (await attendee.content()).toLowerCase();
  expect(html).not.toContain(`van${tag}`);
  expect(html).not.toContain(`nieuw${tag}`);

  const visitor = await newPage(browser);
  expect((await visitor.goto(`${meetingPath}/verslag-controle`))?.status()).toBe(404);
  const resident = await newPage(browser);
  await login(resident, "inwoner@example.nl");
  await resident.goto(`${meetingPath}/verslag-controle`);
  await expect(resident.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
});
