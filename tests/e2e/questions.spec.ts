import { expect, test, type Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { confirmDialog } from "./support/confirm";
import { login, newPage } from "./support/login";

const local = (offsetMinutes: number) =>
  new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  })
    .format(new Date(Date.now() + offsetMinutes * 60_000))
    .replace(" ", "T");

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

const ASKERS = ["Anouk Zorg", "Bart Waterman", "Zorggroep Zaanstreek", "Wijkzorg Waterland", "aanbieder@"];

async function createConsultation(page: Page, title: string): Promise<string> {
  await page.goto("/beheer/trajecten");
  await page.getByRole("link", { name: "Jeugdhulp ambulant regio Zaanstreek-Waterland" }).click();
  await page.getByRole("link", { name: "Nieuwe marktconsultatie" }).click();
  await page.getByLabel("Titel").fill(title);
  await page.getByRole("textbox", { name: "Inleiding" }).fill("Wij horen graag hoe u het tarief voor jeugdhulp ziet.");
  await page.getByLabel("Toegang").selectOption("closed");
  await page.getByLabel("Vorm").selectOption("written");
  await page.getByLabel("Interactie").selectOption("non_interactive");
  await page.getByLabel("Voor wie").selectOption("providers");
  await page.getByLabel("Opent op").fill(local(-60));
  await page.getByLabel("Sluit op").fill(local(60 * 24 * 14));
  await page.getByLabel("Vraag 1").fill("Wat vindt u van het tarief?");
  await page.getByRole("button", { name: "Consultatie opslaan als concept" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const invite = page.getByRole("group", { name: "Zorgaanbieders" });
  for (const name of [/Zorggroep Zaanstreek/, /Wijkzorg Waterland/, /Zorg aan de Zaan/])
    await invite.getByRole("checkbox", { name }).check();
  await page.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(page.getByText("3 nieuwe uitnodigingen verstuurd.")).toBeVisible();
  await page.getByRole("button", { name: "Publiceren" }).click();
  await confirmDialog(page);
  await expect(page.getByText("De consultatie is gepubliceerd.")).toBeVisible();
  return new URL(page.url()).pathname.split("/")[3]!;
}

test("questions: two providers ask, the officer merges and redacts, a colleague approves, and every invited provider gets the round without the cost price or the askers", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const title = `Vragenronde jeugdhulp ${Date.now()}`;
  const cents = String(10 + (Date.now() % 89));
  const cost = `€ 73,${cents}`;
  await login(page, "inkoper@zaanstad.nl");
  const id = await createConsultation(page, title);
  const questionsPath = `/consultaties/${id}/vragen`;

  // Provider A asks; an empty and a 20,000-character question are refused, the long text kept whole.
  const providerA = await newPage(browser);
  await login(providerA, "aanbieder@zorggroep-zaanstreek.nl");
  await providerA.goto(`/consultaties/${id}`);
  await providerA.getByRole("link", { name: /^Vragen en antwoorden/ }).click();
  await expect(providerA.getByRole("heading", { level: 1, name: "Vragen en antwoorden" })).toBeVisible();
  await expectNoSeriousA11yViolations(providerA);
  const field = providerA.getByRole("textbox", { name: "Uw vraag" });
  await providerA.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(providerA.getByText("Vul uw vraag in.")).toBeVisible();
  const long = "Een lange vraag over het tarief ".repeat(625);
  expect(long.length).toBe(20_000);
  await field.fill(long);
  await expect(providerA.getByTestId("question-counter")).toContainText("te veel");
  await providerA.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(providerA.getByText(/Uw vraag is 19999 tekens lang; gebruik hoogstens 4000 tekens/)).toBeVisible();
  expect((await field.inputValue()).length).toBeGreaterThanOrEqual(19_999);
  await expectNoSeriousA11yViolations(providerA);
  const askedA = `Onze kostprijs is ${cost} per uur. Is het tarief voor ambulante jeugdhulp daarop gebaseerd?`;
  await field.fill(askedA);
  await providerA.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(providerA.getByText("Uw vraag is ontvangen.")).toBeVisible();
  await expect(providerA.getByTestId("own-questions")).toContainText("Ontvangen");
  await expect(field).toHaveValue("");

  const providerB = await newPage(browser);
  await login(providerB, "aanbieder@wijkzorg-waterland.nl");
  await providerB.goto(questionsPath);
  await providerB
    .getByRole("textbox", { name: "Uw vraag" })
    .fill("Waarop is het tarief voor ambulante jeugdhulp gebaseerd?");
  await providerB.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(providerB.getByText("Uw vraag is ontvangen.")).toBeVisible();
  // B never sees A's question.
  await expect(providerB.getByText(cost)).toHaveCount(0);

  // The officer sees both with their askers, merges B's into A's and redacts the cost price.
  const list = `/beheer/consultaties/${id}/vragen`;
  await page.goto(list);
  await expect(page.getByTestId("officer-questions")).toContainText("Anouk Zorg, namens Zorggroep Zaanstreek");
  await expect(page.getByTestId("officer-questions")).toContainText("Bart Waterman, namens Wijkzorg Waterland");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: /^Waarop is het tarief/ }).click();
  await page.getByLabel("Samenvoegen met", { exact: true }).selectOption({ index: 1 });
  await page.getByRole("button", { name: "Samenvoegen", exact: true }).click();
  await expect(page.getByText("De vraag is samengevoegd.")).toBeVisible();
  await page.goto(list);
  await expect(page.getByTestId("officer-questions")).toContainText("Samengevoegd met een gelijke vraag");
  await page.getByRole("link", { name: /^Onze kostprijs/ }).click();
  await expect(page.getByTestId("original-question")).toContainText(cost);
  const questionUrl = page.url();
  const suggestions = page.locator("section[aria-labelledby='publicQuestion-suggesties']");
  await suggestions.getByRole("button", { name: new RegExp(`^Weglakken: .*73,${cents}`) }).click();
  await expect(suggestions.getByRole("status")).toContainText(/^0 open, [1-9]\d* weggelakt/);
  await page.getByTestId("editor-answer").locator(".ProseMirror").click();
  await page.keyboard.type(
    "Het tarief volgt uit de kostprijsberekening van de regio, niet uit de kostprijs van één aanbieder.",
  );
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByText("Opgeslagen.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A round: refused while empty, refused while the answer is a draft, then offered for review.
  await page.goto(list);
  await page.getByLabel("Geplande publicatie (optioneel)").fill(local(60 * 24 * 3));
  await page.getByRole("button", { name: "Ronde aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ronde");
  const roundUrl = page.url();
  await page.getByRole("button", { name: "Aanbieden ter goedkeuring" }).click();
  await expect(
    page.getByText("Een ronde zonder vragen en antwoorden kan niet worden aangeboden of gepubliceerd."),
  ).toBeVisible();
  await page.getByRole("button", { name: "Toevoegen aan de ronde" }).click();
  await expect(page.getByTestId("round-items")).toContainText("Onze kostprijs");
  await page.getByRole("button", { name: "Aanbieden ter goedkeuring" }).click();
  await expect(page.getByText("Het antwoord op vraag 1 is nog een concept; stel het eerst vast.")).toBeVisible();
  await page.goto(questionUrl);
  await page.getByLabel("Antwoord vaststellen (klaar voor een ronde)").check();
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByText("Opgeslagen.")).toBeVisible();
  await page.goto(roundUrl);
  await page.getByRole("button", { name: "Aanbieden ter goedkeuring" }).click();
  await expect(page.getByTestId("round-state")).toContainText("ter goedkeuring");
  // Four eyes: whoever wrote and offered the round may not approve it.
  await page.getByLabel("Besluit", { exact: true }).selectOption("approve");
  await page.getByRole("button", { name: "Beoordelen" }).click();
  await expect(page.getByText(/mag haar daarom niet goedkeuren: vier ogen/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto(list);
  await expect(page.getByTestId("question-deadlines")).toContainText("Ronde 1: gepland op");
  await providerA.goto(questionsPath);
  await expect(providerA.getByTestId("planned-rounds")).toContainText("Ronde 1 wordt naar verwachting gepubliceerd op");

  // A colleague who did not touch the round approves and publishes it.
  const colleague = await newPage(browser);
  await login(colleague, "beleid@zaanstad.nl");
  await colleague.goto(roundUrl);
  await colleague.getByLabel("Besluit", { exact: true }).selectOption("approve");
  await colleague.getByRole("button", { name: "Beoordelen" }).click();
  await expect(colleague.getByText("De beoordeling is vastgelegd.")).toBeVisible();
  await colleague.getByRole("button", { name: "Ronde publiceren" }).click();
  await expect(
    colleague.getByText(/Ronde 1 is gepubliceerd als versie 1 en verstuurd naar \d+ deelnemer/),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(colleague);

  // Both askers and the invited third provider get the round; nowhere the cost price or who asked.
  const third = await newPage(browser);
  await login(third, "zzp@zorgaandezaan.nl");
  for (const reader of [providerA, providerB, third]) {
    await reader.goto("/meldingen");
    await expect(reader.getByText(`Nota van inlichtingen, ronde 1: ${title}`).first()).toBeVisible();
    await reader.goto(questionsPath);
    const rounds = reader.getByTestId("published-rounds");
    await expect(rounds).toContainText("kostprijsberekening van de regio");
    await expect(rounds).toContainText("[weggelakt — concurrentiegevoelig, 5.1.2f]");
    await expect(rounds).toContainText("Deze vraag is ook door 1 andere deelnemer gesteld.");
    const html = await rounds.innerHTML();
    for (const secret of [`73,${cents}`, ...ASKERS]) expect(html).not.toContain(secret);
  }
  await expect(providerA.getByTestId("own-questions")).toContainText("Beantwoord in ronde 1");
  await expect(providerB.getByTestId("own-questions")).toContainText("Samengevoegd met een gelijke vraag");
  await expectNoSeriousA11yViolations(third);
  const base = `${questionsPath}/ronde/1/1`;
  const page3 = await third.content();
  const rsc = await (await third.request.get(questionsPath, { headers: { RSC: "1" } })).text();
  const json = await (await third.request.get(`${base}/json`)).text();
  const pdf = await third.request.get(`${base}/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const pdfBytes = await pdf.body();
  const text = await pdfText(pdfBytes);
  expect(text).toContain("kostprijsberekening");
  const combinedJson = await (await third.request.get(`${questionsPath}/nota/json`)).text();
  const combinedPdf = await pdfText(await (await third.request.get(`${questionsPath}/nota/pdf`)).body());
  expect(combinedPdf).toContain("Ronde 1");
  await third.goto(`${questionsPath}/nota`);
  await expect(third.getByRole("heading", { level: 1 })).toContainText("Nota van inlichtingen");
  await expectNoSeriousA11yViolations(third);
  const combinedHtml = await third.content();
  for (const surface of [page3, rsc, json, text, pdfBytes.toString("latin1"), combinedJson, combinedPdf, combinedHtml])
    for (const secret of [`73,${cents}`, ...ASKERS]) expect(surface).not.toContain(secret);

  // After the question period a question is refused with a clear message, and the text stays.
  await third.goto(questionsPath);
  const late = "Hoe lang duurt de gunning na de consultatie?";
  await third.getByRole("textbox", { name: "Uw vraag" }).fill(late);
  await page.goto(list);
  await page.getByLabel("Vragen stellen kan tot (leeg: tot de consultatie sluit)").fill(local(-30));
  await page.getByRole("button", { name: "Vragenperiode opslaan" }).click();
  await expect(page.getByText("De vragenperiode is opgeslagen.")).toBeVisible();
  await third.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(
    third.getByText(/De vragenperiode is voorbij sinds .*; er kunnen geen vragen meer worden gesteld\./),
  ).toBeVisible();
  await expect(third.getByRole("textbox", { name: "Uw vraag" })).toHaveValue(late);

  // The closed consultation's questions do not exist for a visitor.
  const anonymous = await newPage(browser);
  expect((await anonymous.request.get(questionsPath)).status()).toBe(404);
  expect((await anonymous.request.get(`${base}/pdf`)).status()).toBe(404);
});
