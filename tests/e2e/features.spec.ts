import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login, newPage } from "./support/login";
import { linkFromLatestMail } from "./support/outbox";

const OPEN_CONSULTATION = "Marktconsultatie Begeleiding Wmo: wat werkt in de wijk?";
const PASSWORD = "een-lang-wachtwoord-voor-e2e";
const stamp = () => String(Date.now()).slice(-7);

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

/** A resident of this test's own: registered, verified and signed in. */
async function newResident(browser: Browser, name: string, email: string): Promise<Page> {
  const page = await newPage(browser);
  await page.goto("/registreren");
  await page.getByLabel("Naam").fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel(/^Wachtwoord/).fill(PASSWORD);
  await page.getByLabel("Herhaal wachtwoord").fill(PASSWORD);
  await page.getByLabel("Ik registreer mij als").selectOption("resident");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await page.goto(await linkFromLatestMail(browser, email, /Bevestig uw e-mailadres/));
  await page.getByRole("button", { name: "Mijn e-mailadres bevestigen" }).click();
  await expect(page.getByText("Uw e-mailadres is bevestigd.")).toBeVisible();
  await login(page, email, PASSWORD);
  return page;
}

async function openConsultation(page: Page): Promise<string> {
  await page.goto("/consultaties");
  await page.getByRole("link", { name: OPEN_CONSULTATION }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: OPEN_CONSULTATION })).toBeVisible();
  return page.url();
}

async function postComment(page: Page, text: string) {
  await page.getByRole("textbox", { name: "Uw bijdrage aan het gesprek" }).fill(text);
  await page.getByRole("button", { name: "Plaatsen" }).click();
  await expect(page.getByText("Uw reactie is geplaatst.")).toBeVisible();
}

const commentItem = (page: Page, text: string) => page.getByTestId("comment").filter({ hasText: text }).first();

test("a resident hears of a reply under Meldingen, and the daily digest brings it to the outbox once", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const id = stamp();
  const name = `Ria Reactie ${id}`;
  const email = `ria-${id}@example.org`;
  const resident = await newResident(browser, name, email);
  await resident.goto("/account");
  await resident.getByLabel("Iemand reageert op uw bijdrage in een discussie").selectOption("digest");
  await resident.getByRole("button", { name: "Voorkeuren opslaan" }).click();
  await expect(resident.getByText("Uw voorkeuren zijn opgeslagen.")).toBeVisible();
  await expect(resident.getByText(/Altijd direct een e-mail\. Dit kunt u niet uitzetten/)).toBeVisible();
  await expectNoSeriousA11yViolations(resident);

  const url = await openConsultation(resident);
  const text = `Meer aandacht voor mantelzorgers ${id}`;
  await postComment(resident, text);

  const other = await newPage(browser);
  await login(other, "inwoner@example.nl");
  await other.goto(url);
  const thread = other
    .getByRole("listitem")
    .filter({ has: commentItem(other, text) })
    .first();
  await thread.locator("summary", { hasText: "Antwoorden" }).click();
  await thread.getByRole("textbox", { name: `Antwoord op ${name}` }).fill(`Eens, ook jonge mantelzorgers ${id}`);
  await thread.getByRole("button", { name: "Antwoorden" }).click();
  await expect(other.getByText("Uw reactie is geplaatst.")).toBeVisible();

  await resident.goto("/meldingen");
  await expect(resident.getByText(`Nieuwe reactie op uw bijdrage: ${OPEN_CONSULTATION}`)).toBeVisible();
  await expectNoSeriousA11yViolations(resident);
  await resident.getByRole("link", { name: "Openen" }).first().click();
  await expect(resident.getByText(`Eens, ook jonge mantelzorgers ${id}`)).toBeVisible();

  // The e-mail comes in the digest, which the scheduled job writes within a minute or so; never at once.
  const admin = await newPage(browser);
  await login(admin, "beheerder@inkoopdialoog.nl");
  const mailsTo = (subject: RegExp) => admin.getByRole("row").filter({ hasText: email }).filter({ hasText: subject });
  await expect
    .poll(
      async () => {
        await admin.goto("/beheer/uitgaande-post");
        return mailsTo(/Uw dagelijkse samenvatting/).count();
      },
      { timeout: 200_000, intervals: [5_000] },
    )
    .toBe(1);
  await expect(
    mailsTo(/Nieuwe reactie op uw bijdrage/).filter({ hasNotText: /Uw dagelijkse samenvatting/ }),
  ).toHaveCount(0);
  const digest = mailsTo(/Uw dagelijkse samenvatting/).first();
  await digest.locator("summary").click();
  await expect(digest.locator("pre")).toContainText(`Nieuwe reactie op uw bijdrage: ${OPEN_CONSULTATION}`);
  await expectNoSeriousA11yViolations(admin);
  // The job runs every minute; the day's digest stays one.
  await admin.waitForTimeout(65_000);
  await admin.goto("/beheer/uitgaande-post");
  await expect(mailsTo(/Uw dagelijkse samenvatting/)).toHaveCount(1);
});

test("an officer hides a comment and shows it again from the moderation queue, with a reason the author hears of", async ({
  browser,
}) => {
  const id = stamp();
  const author = await newPage(browser);
  await login(author, "inwoner@example.nl");
  const url = await openConsultation(author);
  const text = `Reactie voor de moderatie ${id}`;
  await postComment(author, text);

  const officer = await newPage(browser);
  await login(officer, "inkoper@zaanstad.nl");
  await officer.goto(url);
  const comment = commentItem(officer, text);
  await comment.getByLabel("Reden om te verbergen").fill("Lijkt persoonsgegevens te bevatten");
  await comment.getByRole("button", { name: "Verbergen" }).click();
  // The hide form goes with the hiding; the comment now says why it is hidden.
  await expect(comment).toContainText("Reden: Lijkt persoonsgegevens te bevatten");

  await officer.getByRole("link", { name: "Moderatie" }).first().click();
  await expect(officer.getByRole("heading", { level: 1, name: "Moderatie" })).toBeVisible();
  await expectNoSeriousA11yViolations(officer);
  const item = officer.getByTestId("moderation-item").filter({ hasText: text });
  await expect(item).toContainText("Lijkt persoonsgegevens te bevatten");
  await item.getByLabel("Waarom weer zichtbaar").fill("Na controle: geen persoonsgegevens");
  await item.getByRole("button", { name: "Weer zichtbaar maken" }).click();
  // Shown again and never reported, it leaves the queue (and its form with it).
  await expect(item).toHaveCount(0);
  await officer.reload();
  await expect(officer.getByTestId("moderation-item").filter({ hasText: text })).toHaveCount(0);
  await expectNoSeriousA11yViolations(officer);

  await author.goto("/meldingen");
  await expect(author.getByText(`Uw bijdrage is weer zichtbaar: ${OPEN_CONSULTATION}`)).toBeVisible();
  await author.goto(url);
  await expect(commentItem(author, text)).not.toContainText("verborgen");
});

test("an invitee downloads the meeting's calendar file and accepts; the officer sees the answer", async ({
  browser,
}) => {
  const id = stamp();
  const title = `Marktsessie agenda ${id}`;
  const officer = await newPage(browser);
  await login(officer, "inkoper@zaanstad.nl");
  await officer.goto("/beheer/trajecten");
  await officer.getByRole("link", { name: "Jeugdhulp ambulant regio Zaanstreek-Waterland" }).click();
  await officer.getByRole("link", { name: "Nieuwe bijeenkomst" }).click();
  await officer.getByLabel("Titel").fill(title);
  await officer.getByLabel("Soort bijeenkomst").selectOption("plenary");
  await officer.getByLabel("Begint op").fill(local(48));
  await officer.getByLabel("Eindigt op").fill(local(50));
  await officer.getByLabel("Plaats").fill("Stadhuis Zaandam, zaal 2; ingang Noord");
  await officer.getByRole("textbox", { name: "Agenda" }).fill("Opening\nWachttijden\nRondvraag");
  await officer.getByRole("button", { name: "Bijeenkomst opslaan" }).click();
  await expect(officer.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const meetingId = /\/beheer\/bijeenkomsten\/([0-9a-f-]{36})/.exec(officer.url())![1]!;
  await officer
    .getByRole("group", { name: "Zorgaanbieders" })
    .getByRole("checkbox", { name: /Zorggroep Zaanstreek/ })
    .check();
  await officer.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(officer.getByText("1 genodigde toegevoegd.")).toBeVisible();
  await expect(officer.getByTestId("meeting-replies")).toContainText("nog geen antwoord");

  const provider = await newPage(browser);
  await login(provider, "aanbieder@zorggroep-zaanstreek.nl");
  await provider.goto(`/bijeenkomsten/${meetingId}`);
  await expect(provider.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const download = provider.waitForEvent("download");
  await provider.getByRole("link", { name: "Zet in mijn agenda (.ics)" }).click();
  expect((await download).suggestedFilename()).toBe("bijeenkomst.ics");
  const ics = await (await provider.request.get(`/bijeenkomsten/${meetingId}/agenda`)).text();
  expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(ics).toMatch(new RegExp(`UID:meeting-${meetingId}@`));
  expect(ics).toContain(`SUMMARY:Marktsessie agenda ${id}`);
  expect(ics).toContain("LOCATION:Stadhuis Zaandam\\, zaal 2\\; ingang Noord");
  expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z\r\n/);
  await expectNoSeriousA11yViolations(provider);
  await provider.getByRole("button", { name: "Ik kom", exact: true }).click();
  await expect(provider.getByText("U hebt de uitnodiging aangenomen.")).toBeVisible();
  await provider.reload();
  await expect(provider.getByTestId("meeting-reply")).toContainText("Aangemeld");

  // Someone not invited gets no calendar file.
  const outsider = await newPage(browser);
  await login(outsider, "aanbieder@wijkzorg-waterland.nl");
  expect((await outsider.request.get(`/bijeenkomsten/${meetingId}/agenda`)).status()).toBe(404);

  await officer.reload();
  await expect(officer.getByTestId("meeting-replies")).toContainText(/Zorggroep Zaanstreek.*komt \(gemeld door/);
  await expectNoSeriousA11yViolations(officer);
});

test("a resident follows a public trajectory and can stop following it", async ({ browser }) => {
  const id = stamp();
  const resident = await newResident(browser, `Fenna Volger ${id}`, `fenna-${id}@example.org`);
  await resident.goto("/trajecten");
  await resident.getByRole("link", { name: "Jeugdhulp ambulant regio Zaanstreek-Waterland" }).first().click();
  const box = resident.getByTestId("follow-box");
  await box.getByRole("button", { name: "Volg dit traject" }).click();
  await expect(resident.getByText("U volgt dit traject.", { exact: true })).toBeVisible();
  await resident.reload();
  await expect(box).toContainText("U volgt dit traject: u krijgt bericht");
  await expectNoSeriousA11yViolations(resident);
  await resident.goto("/account");
  await expect(resident.getByLabel("Nieuws van trajecten die u volgt")).toHaveValue("digest");
  await resident.goBack();
  await box.getByRole("button", { name: "Niet meer volgen" }).click();
  await expect(resident.getByText("U volgt dit traject niet meer.")).toBeVisible();
});

test("the footer links to the privacy and accessibility statements and gives a contact", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: /@/ })).toBeVisible();
  await footer.getByRole("link", { name: "Privacyverklaring" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Privacyverklaring" })).toBeVisible();
  await expect(page.getByText(/Een sessie eindigt na 30 minuten zonder activiteit/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Toegankelijkheidsverklaring" })).toBeVisible();
  for (const heading of ["Nalevingsstatus", "Bekende problemen", "Contact", "Datum"])
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a provider attaches a PDF to its response, refused files named in Dutch; others cannot open it", async ({
  browser,
}) => {
  const id = stamp();
  const provider = await newPage(browser);
  await login(provider, "aanbieder@wijkzorg-waterland.nl");
  await openConsultation(provider);
  const upload = provider.getByRole("form", { name: "Bijlage uploaden" });
  await upload.getByLabel("Bijlage toevoegen").setInputFiles({
    name: "tarieven.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("MZ this is no document"),
  });
  await upload.getByRole("button", { name: "Bijlage uploaden" }).click();
  await expect(provider.getByText(/Dit bestand is geen pdf/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(provider);
  await upload.getByLabel("Bijlage toevoegen").setInputFiles({
    name: `Onderbouwing <${id}>.pdf`,
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
  });
  await upload.getByRole("button", { name: "Bijlage uploaden" }).click();
  await expect(provider.getByText(`Onderbouwing _${id}_.pdf is toegevoegd aan uw reactie.`)).toBeVisible();
  const link = provider.getByTestId("attachments").getByRole("link", { name: `Onderbouwing _${id}_.pdf` });
  const href = (await link.getAttribute("href"))!;
  const own = await provider.request.get(href);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("application/pdf");

  const other = await newPage(browser);
  await login(other, "zzp@zorgaandezaan.nl");
  expect((await other.request.get(href)).status()).toBe(404);
  expect((await (await newPage(browser)).request.get(href)).status()).toBe(404);

  // Leave the demo's shared draft as it was.
  await provider.reload();
  await provider
    .getByTestId("attachments")
    .getByRole("listitem")
    .filter({ hasText: `Onderbouwing _${id}_.pdf` })
    .getByRole("button", { name: "Verwijderen" })
    .click();
  await expect(provider.getByRole("link", { name: `Onderbouwing _${id}_.pdf` })).toHaveCount(0);
});
