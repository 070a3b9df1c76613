import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { confirmDialog } from "./support/confirm";
import { DEMO_PASSWORD, login, newPage } from "./support/login";

const TRAJECTORY = "Jeugdhulp ambulant regio Zaanstreek-Waterland";

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

async function openNewConsultationForm(page: Page): Promise<void> {
  await page.goto("/beheer/trajecten");
  await page.getByRole("link", { name: TRAJECTORY }).click();
  await page.getByRole("link", { name: "Nieuwe marktconsultatie" }).click();
  await expect(page).toHaveURL(/\/consultaties\/nieuw\?concept=[0-9a-f-]{36}$/);
  // The editor is there (and has restored any draft of this form) once its toolbar is.
  await expect(page.getByRole("toolbar", { name: /opmaak/i })).toBeVisible();
}

/** Fills the new-consultation form (the introduction already typed) and saves it as a draft. */
async function saveConsultation(page: Page, title: string, audience: "providers" | "residents" | "both") {
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Toegang").selectOption("open");
  await page.getByLabel("Vorm").selectOption("written");
  await page.getByLabel("Interactie").selectOption("interactive");
  await page.getByLabel("Voor wie").selectOption(audience);
  await page.getByLabel("Opent op").fill(local(-1));
  await page.getByLabel("Sluit op").fill(local(24 * 14));
  await page.getByLabel("Vraag 1").fill("Wat werkt goed in de wijk?");
  await page.getByRole("button", { name: "Consultatie opslaan als concept" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("a second new consultation starts empty; a declined confirmation changes nothing", async ({ page }) => {
  await login(page, "inkoper@zaanstad.nl");
  const tag = Date.now();

  // The first consultation's introduction is kept as a draft of this form while it is being written...
  await openNewConsultationForm(page);
  const intro = page.getByRole("textbox", { name: "Inleiding" });
  await intro.fill(`Inleiding van de eerste consultatie ${tag}`);
  await page.reload();
  await expect(page.getByRole("toolbar", { name: /opmaak/i })).toBeVisible();
  await expect(intro).toHaveText(`Inleiding van de eerste consultatie ${tag}`);
  await saveConsultation(page, `Eerste consultatie ${tag}`, "providers");
  const first = page.url().replace(/\?.*$/, "");

  // ...and neither it nor anything else of the first one turns up in the next consultation.
  await openNewConsultationForm(page);
  await page.waitForTimeout(500);
  await expect(page.getByRole("textbox", { name: "Inleiding" })).toHaveText("");
  await expect(page.getByText(/niet-opgeslagen versie van uw tekst/)).toHaveCount(0);
  expect(
    await page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith("consultatie-"))),
  ).toEqual([]);

  // The outcome of an invitation appears next to its button, below the long list of providers.
  await page.goto(first);
  await page
    .getByRole("group", { name: "Zorgaanbieders" })
    .getByRole("checkbox", { name: /Wijkzorg Waterland/ })
    .check();
  const inviteButton = page.getByRole("button", { name: "Uitnodigen" });
  await inviteButton.click();
  const sent = page.getByText("1 nieuwe uitnodiging verstuurd.");
  await expect(sent).toBeVisible();
  const [buttonBox, messageBox] = [await inviteButton.boundingBox(), await sent.boundingBox()];
  expect(Math.abs(messageBox!.y - buttonBox!.y)).toBeLessThan(120);

  // Publishing asks first; Escape and "Annuleren" decline, return focus, and leave the draft a draft.
  const publish = page.getByRole("button", { name: "Publiceren", exact: true });
  await publish.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Consultatie publiceren?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Annuleren" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(publish).toBeFocused();
  await publish.click();
  await dialog.getByRole("button", { name: "Annuleren" }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByText("Concept", { exact: true })).toBeVisible();
  await expect(page.getByText("De consultatie is gepubliceerd.")).toHaveCount(0);

  await page.getByRole("button", { name: "Publiceren", exact: true }).click();
  await confirmDialog(page);
  await expect(page.getByText("De consultatie is gepubliceerd.")).toBeVisible();
  // The earlier send's message went with the draft.
  await expect(page.getByText("1 nieuwe uitnodiging verstuurd.")).toHaveCount(0);

  // "Nu sluiten": declined, the consultation stays open; confirmed, it closes.
  await page.getByRole("button", { name: "Nu sluiten" }).click();
  await expect(page.getByRole("dialog", { name: "Consultatie nu sluiten?" })).toBeVisible();
  await page.getByRole("dialog").getByRole("button", { name: "Annuleren" }).click();
  await page.reload();
  await expect(page.getByRole("button", { name: "Nu sluiten" })).toBeVisible();
  await expect(page.getByText("De consultatie is gesloten.")).toHaveCount(0);
  await page.getByRole("button", { name: "Nu sluiten" }).click();
  await confirmDialog(page);
  await expect(page.getByText("De consultatie is gesloten.")).toBeVisible();

  // Moving a phase forward asks too; declined, the trajectory stays in its phase.
  await page.goto("/beheer/trajecten");
  await page.getByRole("link", { name: TRAJECTORY }).click();
  const phaseBefore = await page.locator('[aria-current="step"]').first().textContent();
  await page.getByRole("button", { name: "Fase vooruit zetten" }).click();
  await expect(page.getByRole("dialog", { name: "Fase vooruit zetten?" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Escape");
  await page.reload();
  await expect(page.locator('[aria-current="step"]').first()).toHaveText(phaseBefore ?? "");
});

test("residents learn why they cannot answer and sign in back to the page; a 4,000-character word widens no page", async ({
  page,
  browser,
}) => {
  const tag = Date.now();
  await login(page, "inkoper@zaanstad.nl");
  await openNewConsultationForm(page);
  await page.getByRole("textbox", { name: "Inleiding" }).fill("Een consultatie voor iedereen.");
  await saveConsultation(page, `Consultatie voor inwoners en raden ${tag}`, "residents");
  await page.getByRole("button", { name: "Publiceren", exact: true }).click();
  await confirmDialog(page);
  const publicUrl = page.url().replace("/beheer/consultaties/", "/consultaties/").replace(/\?.*$/, "");

  // A visitor is asked to sign in, and comes back to the consultation after doing so.
  const resident = await newPage(browser);
  await resident.goto(publicUrl);
  const signIn = resident.getByRole("link", { name: "Log in om te reageren" });
  await expect(signIn).toHaveAttribute("href", `/inloggen?terug=${encodeURIComponent(new URL(publicUrl).pathname)}`);
  await expectNoSeriousA11yViolations(resident);
  await signIn.click();
  await resident.getByLabel("E-mailadres").fill("inwoner@example.nl");
  await resident.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await resident.getByRole("button", { name: "Inloggen" }).click();
  await expect(resident).toHaveURL(publicUrl);
  // A resident sees the questions, cannot answer them, and is told why (councils advise, residents discuss).
  await expect(resident.getByTestId("respond-hint")).toContainText(
    "als inwoner kunt u de vragen daarom niet zelf beantwoorden",
  );
  await expect(resident.getByRole("heading", { name: "Uw reactie" })).toHaveCount(0);
  const word = `${"x".repeat(3990)}${tag}`.slice(0, 4000);
  await resident.getByRole("textbox", { name: "Uw bijdrage aan het gesprek" }).fill(word);
  await resident.getByRole("button", { name: "Plaatsen" }).click();
  await expect(resident.getByTestId("comment").filter({ hasText: word })).toBeVisible();

  const widths = async (p: Page) =>
    p.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  for (const width of [375, 1280]) {
    await resident.setViewportSize({ width, height: 800 });
    await resident.goto(publicUrl);
    const w = await widths(resident);
    expect(w.page, `consultation page at ${width} px`).toBeLessThanOrEqual(w.viewport);
  }

  // The demo's corrected minutes carry redaction labels of several grounds; a long word is added to them.
  const provider = await newPage(browser);
  await login(provider, "aanbieder@wijkzorg-waterland.nl");
  await provider.goto("/meldingen");
  await provider
    .getByRole("listitem")
    .filter({ hasText: "Gecorrigeerd verslag gepubliceerd: Dialoogsessie minimumeisen huishoudelijke ondersteuning" })
    .getByRole("link", { name: "Openen" })
    .click();
  await expect(provider).toHaveURL(/\/bijeenkomsten\/[0-9a-f-]+\/verslag\/2$/);
  await expect(provider.locator(".inkoop-redaction-label").first()).toBeVisible();
  for (const width of [375, 1280]) {
    await provider.setViewportSize({ width, height: 800 });
    await provider.reload();
    await provider.locator(".inkoop-preview").evaluate((el, text) => {
      const p = document.createElement("p");
      p.textContent = text;
      el.append(p);
    }, word);
    const w = await widths(provider);
    expect(w.page, `published minutes at ${width} px`).toBeLessThanOrEqual(w.viewport);
  }
  await expectNoSeriousA11yViolations(provider);

  // The published minutes lead back to their meeting and trajectory.
  await provider
    .getByRole("navigation", { name: "Terug naar" })
    .getByRole("link", { name: "Naar de bijeenkomst" })
    .click();
  await expect(provider.getByRole("heading", { level: 1 })).toHaveText(
    "Dialoogsessie minimumeisen huishoudelijke ondersteuning",
  );
  await provider.goBack();
  await provider.getByRole("link", { name: /^Naar het traject / }).click();
  await expect(provider).toHaveURL(/\/trajecten\/[0-9a-f-]+$/);
});

test("a council's advice is shown under the council's name", async ({ page }) => {
  // The demo's open consultation is interactive: a provider that responded reads the others' responses.
  await login(page, "aanbieder@zorggroep-zaanstreek.nl");
  await page.goto("/consultaties");
  await page.getByRole("link", { name: "Marktconsultatie Begeleiding Wmo: wat werkt in de wijk?" }).click();
  const shared = page.getByTestId("shared-response");
  await expect(shared.getByRole("heading", { name: "Wmo-raad Zaanstad" })).toBeVisible();
  await expect(shared.getByRole("heading", { name: "Wilma Raad" })).toHaveCount(0);
});

async function newMeeting(page: Page, title: string, startsIn: number, endsIn: number): Promise<string> {
  await page.goto("/beheer/trajecten");
  await page.getByRole("link", { name: TRAJECTORY }).click();
  await page.getByRole("link", { name: "Nieuwe bijeenkomst" }).click();
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Soort bijeenkomst").selectOption("plenary");
  await page.getByLabel("Begint op").fill(local(startsIn));
  await page.getByLabel("Eindigt op").fill(local(endsIn));
  await page.getByLabel("Plaats").fill("Stadhuis Zaandam, zaal 2");
  await page.getByRole("textbox", { name: "Agenda" }).fill("Opening\nWachttijden\nRondvraag");
  await page.getByRole("button", { name: "Bijeenkomst opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}

async function invite(page: Page, provider: RegExp): Promise<void> {
  await page.getByRole("group", { name: "Zorgaanbieders" }).getByRole("checkbox", { name: provider }).check();
  await page.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(page.getByText("1 genodigde toegevoegd.")).toBeVisible();
}

test("an officer edits and cancels a meeting, invitees hear of both; a past meeting gets invitees and attendance", async ({
  page,
  browser,
}) => {
  const tag = Date.now();
  await login(page, "inkoper@zaanstad.nl");
  const url = await newMeeting(page, `Werksessie wachttijden ${tag}`, 48, 50);
  await invite(page, /Wijkzorg Waterland/);
  await page.getByRole("button", { name: "Uitnodigingen versturen" }).click();
  await expect(page.getByText(/(persoon is|personen zijn) uitgenodigd/)).toBeVisible();

  // Editing: a problem comes back next to its field with the typed text kept; then the change reaches the invitees.
  await page.getByRole("link", { name: "Bijeenkomst wijzigen of afzeggen" }).click();
  await expect(page.getByLabel("Plaats")).toHaveValue("Stadhuis Zaandam, zaal 2");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Titel").fill("Kort");
  await page.getByLabel("Plaats").fill("Raadhuis Purmerend, zaal 1");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByText("Gebruik minstens 5 tekens.")).toBeVisible();
  await expect(page.getByLabel("Plaats")).toHaveValue("Raadhuis Purmerend, zaal 1");
  await page.getByLabel("Titel").fill(`Werksessie wachttijden ${tag}`);
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(
    page.getByText(/De bijeenkomst is gewijzigd; \d+ (persoon heeft|personen hebben) bericht gekregen\./),
  ).toBeVisible();
  await expect(page.getByText("Raadhuis Purmerend, zaal 1")).toBeVisible();

  // Cancelling asks first; declined, nothing changes; confirmed, the invitees are told why.
  await page.getByRole("link", { name: "Bijeenkomst wijzigen of afzeggen" }).click();
  await page.getByLabel("Reden (de genodigden krijgen die te zien)").fill("De zaal is die dag niet beschikbaar.");
  await page.getByRole("button", { name: "Bijeenkomst afzeggen" }).click();
  await expect(page.getByRole("dialog", { name: "Bijeenkomst afzeggen?" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("dialog").getByRole("button", { name: "Annuleren" }).click();
  await page.goto(url);
  await expect(page.getByText(/is op .* afgezegd/)).toHaveCount(0);
  await page.getByRole("link", { name: "Bijeenkomst wijzigen of afzeggen" }).click();
  await page.getByLabel("Reden (de genodigden krijgen die te zien)").fill("De zaal is die dag niet beschikbaar.");
  await page.getByRole("button", { name: "Bijeenkomst afzeggen" }).click();
  await confirmDialog(page);
  await expect(page.getByText(/De bijeenkomst is afgezegd/)).toBeVisible();
  await expect(page.getByText(/afgezegd\. Reden: De zaal is die dag niet beschikbaar\./).first()).toBeVisible();

  const provider = await newPage(browser);
  await login(provider, "aanbieder@wijkzorg-waterland.nl");
  await provider.goto("/meldingen");
  await expect(provider.getByText(`Bijeenkomst gewijzigd: Werksessie wachttijden ${tag}`)).toBeVisible();
  await expect(provider.getByText(`Bijeenkomst afgezegd: Werksessie wachttijden ${tag}`)).toBeVisible();

  // A meeting held this morning: invitees are added afterwards, without an invitation, and their attendance recorded.
  await newMeeting(page, `Inloop wachttijden ${tag}`, -3, -1);
  await expect(page.getByText(/wie u nu toevoegt, krijgt geen uitnodiging/)).toBeVisible();
  await invite(page, /Wijkzorg Waterland/);
  await page.getByLabel("Aanwezigheid van Wijkzorg Waterland").selectOption("present");
  await page.getByRole("button", { name: "Aanwezigheid opslaan" }).click();
  await expect(page.getByText("Aanwezigheid van 1 genodigde opgeslagen.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("the attendee check counts recorded attendance and the officer ends it early before publishing", async ({
  page,
  browser,
}) => {
  const tag = Date.now();
  await login(page, "inkoper@zaanstad.nl");
  await newMeeting(page, `Sessie wachtlijsten ${tag}`, -1, 1);
  await invite(page, /Zorggroep Zaanstreek/);
  await page.getByLabel("Aanwezigheid van Zorggroep Zaanstreek").selectOption("present");
  await page.getByRole("button", { name: "Aanwezigheid opslaan" }).click();
  await expect(page.getByText("Aanwezigheid van 1 genodigde opgeslagen.")).toBeVisible();

  await page.getByRole("link", { name: "Verslag schrijven en publiceren" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Verslag van");
  const minutesUrl = page.url();
  await page.getByTestId("editor-minutes").locator(".ProseMirror").click();
  await page.keyboard.type("De wachttijden moeten omlaag; iedereen levert voor de volgende sessie cijfers aan.");
  await page.getByRole("button", { name: "Verslag opslaan" }).click();
  await expect(page.getByText("Het verslag is opgeslagen.")).toBeVisible();
  await page.getByRole("button", { name: "Aanbieden ter beoordeling" }).click();
  await expect(page.getByText("Het verslag is aangeboden ter beoordeling.")).toBeVisible();
  // A second officer approves (four eyes); signing in may wait for a fresh 30-second code.
  test.setTimeout(150_000);
  const colleague = await newPage(browser);
  await login(colleague, "beleid@zaanstad.nl");
  await colleague.goto(minutesUrl);
  await expect(colleague.getByRole("heading", { level: 1 })).toContainText("Verslag van");
  await colleague.getByLabel("Besluit").selectOption("approve");
  await colleague.getByRole("button", { name: "Beoordelen" }).click();
  await expect(colleague.getByText("Uw beoordeling is vastgelegd.")).toBeVisible();

  await page.reload();
  await page.getByLabel("Uiterste datum").fill(local(48));
  await page.getByRole("button", { name: "Controle vragen" }).click();
  await expect(
    page.getByText(
      /^1 aanwezige is gevraagd het verslag te controleren; \d+ (persoon heeft|personen hebben) bericht gekregen\.$/,
    ),
  ).toBeVisible();

  // Ending the check asks first; declined, the check runs on.
  await page.reload();
  await page.getByRole("button", { name: "Controle nu beëindigen" }).click();
  await expect(page.getByRole("dialog", { name: "Controle door de aanwezigen nu beëindigen?" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Escape");
  await page.reload();
  await expect(page.getByText(/De aanwezigen kunnen opmerkingen sturen tot/)).toBeVisible();
  await page.getByRole("button", { name: "Controle nu beëindigen" }).click();
  await confirmDialog(page);
  await expect(page.getByText("De controle is beëindigd. U kunt het verslag nu publiceren.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Controle nu beëindigen" })).toHaveCount(0);
  await page.getByRole("button", { name: "Publiceren aan alle partijen" }).click();
  await confirmDialog(page);
  await expect(page.getByText(/Versie 1 is gepubliceerd/)).toBeVisible();
});
