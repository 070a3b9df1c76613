import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login, newPage } from "./support/login";

const ASKERS = ["Anouk Zorg", "Bart Waterman", "Zorggroep Zaanstreek", "Wijkzorg Waterland", "aanbieder@"];
// A public demo trajectory in its analysis phase, and one still in its strategic goals.
const IN_ANALYSIS = "Jeugdhulp ambulant regio Zaanstreek-Waterland";
const IN_GOALS = "Inkoop Begeleiding Wmo 2027–2031";
// The demo published round 1 about the trajectory in analysis; the round of this spec is the next one.
const n = 2;

async function trajectoryPath(page: Page, title: string): Promise<string> {
  await page.goto("/trajecten");
  await page.getByRole("link", { name: title }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

test("trajectory questions: two providers ask in the analysis phase, one officer merges, answers and redacts, a colleague publishes, and the other provider reads the round on the trajectory page without the cost price or the askers", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const cents = String(10 + (Date.now() % 89));
  const cost = `€ 68,${cents}`;

  // A visitor reads the page and is asked to sign in, with the way back.
  const anonymous = await newPage(browser);
  const trajectory = await trajectoryPath(anonymous, IN_ANALYSIS);
  const questions = `${trajectory}/vragen`;
  await anonymous.getByRole("link", { name: /^Vragen over het traject/ }).click();
  await expect(anonymous.getByRole("heading", { level: 1, name: "Vragen over het traject als geheel" })).toBeVisible();
  await expect(
    anonymous.getByRole("link", { name: "Log in om een vraag te stellen namens uw organisatie." }),
  ).toHaveAttribute("href", `/inloggen?terug=${questions}`);
  await expect(anonymous.getByRole("textbox", { name: "Uw vraag" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(anonymous);

  // Provider A asks; an empty question is refused with a clear message.
  const providerA = await newPage(browser);
  await login(providerA, "aanbieder@zorggroep-zaanstreek.nl");
  await providerA.goto(questions);
  await expect(providerA.getByText("U stelt de vraag namens Zorggroep Zaanstreek.")).toBeVisible();
  await providerA.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(providerA.getByText("Vul uw vraag in.")).toBeVisible();
  const askedA = `Onze kostprijs is ${cost} per uur. Neemt de regio de kostprijs mee in de analyse van het tarief?`;
  await providerA.getByRole("textbox", { name: "Uw vraag" }).fill(askedA);
  await providerA.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(providerA.getByText("Uw vraag is ontvangen.")).toBeVisible();
  await expect(providerA.getByTestId("own-questions")).toContainText("Ontvangen");
  await expectNoSeriousA11yViolations(providerA);

  // Provider B asks too, and does not see A's question.
  const providerB = await newPage(browser);
  await login(providerB, "aanbieder@wijkzorg-waterland.nl");
  await providerB.goto(questions);
  await providerB
    .getByRole("textbox", { name: "Uw vraag" })
    .fill("Wordt de kostprijs van aanbieders meegenomen in de analyse van het tarief?");
  await providerB.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(providerB.getByText("Uw vraag is ontvangen.")).toBeVisible();
  await expect(providerB.getByText(cost)).toHaveCount(0);

  // In the strategic goals phase there is no form, and the page says why.
  await trajectoryPath(providerB, IN_GOALS);
  await providerB.goto(`${new URL(providerB.url()).pathname}/vragen`);
  await expect(providerB.getByTestId("trajectory-question-period")).toContainText(
    "alleen in de fase Analyse of Keuzes",
  );
  await expect(providerB.getByRole("textbox", { name: "Uw vraag" })).toHaveCount(0);

  // Officer A sees both with their askers, merges B's into A's, redacts the cost price and answers.
  await login(page, "inkoper@zaanstad.nl");
  const list = `/beheer${questions}`;
  await page.goto(`/beheer${trajectory}`);
  await page.getByRole("link", { name: "Vragen over het traject en de nota van inlichtingen" }).click();
  await expect(page).toHaveURL(new RegExp(`${list}$`));
  await expect(page.getByTestId("officer-questions")).toContainText("Anouk Zorg, namens Zorggroep Zaanstreek");
  await expect(page.getByTestId("officer-questions")).toContainText("Bart Waterman, namens Wijkzorg Waterland");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: /^Wordt de kostprijs/ }).click();
  // The demo's own question about this trajectory is among the choices too: merge into A's by its text.
  const mergeInto = page.getByLabel("Samenvoegen met", { exact: true });
  const intoA = await mergeInto.locator("option", { hasText: "Onze kostprijs" }).getAttribute("value");
  expect(intoA).toBeTruthy();
  await mergeInto.selectOption(intoA ?? "");
  await page.getByRole("button", { name: "Samenvoegen", exact: true }).click();
  await expect(page.getByText("De vraag is samengevoegd.")).toBeVisible();
  await page.goto(list);
  await page.getByRole("link", { name: /^Onze kostprijs/ }).click();
  await expect(page.getByTestId("original-question")).toContainText(cost);
  // A question about the trajectory changes no consultation text: that choice is not offered.
  await expect(page.getByLabel("Dit antwoord wijzigt de tekst van de consultatie")).toHaveCount(0);
  const suggestions = page.locator("section[aria-labelledby='publicQuestion-suggesties']");
  await suggestions.getByRole("button", { name: new RegExp(`^Weglakken: .*68,${cents}`) }).click();
  await expect(suggestions.getByRole("status")).toContainText(/^0 open, [1-9]\d* weggelakt/);
  await page.getByTestId("editor-answer").locator(".ProseMirror").click();
  await page.keyboard.type("De analyse gaat uit van het kostprijsonderzoek van de regio, niet van één aanbieder.");
  await page.getByLabel("Antwoord vaststellen (klaar voor een ronde)").check();
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByText("Opgeslagen.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The next numbered round of the trajectory: refused while empty, then offered for review.
  await page.goto(list);
  await page.getByRole("button", { name: "Ronde aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Ronde ${n}: ${IN_ANALYSIS}`);
  const roundUrl = page.url();
  await page.getByRole("button", { name: "Aanbieden ter goedkeuring" }).click();
  await expect(
    page.getByText("Een ronde zonder vragen en antwoorden kan niet worden aangeboden of gepubliceerd."),
  ).toBeVisible();
  await page.getByRole("button", { name: "Toevoegen aan de ronde" }).click();
  await expect(page.getByTestId("round-items")).toContainText("Onze kostprijs");
  await page.getByRole("button", { name: "Aanbieden ter goedkeuring" }).click();
  await expect(page.getByTestId("round-state")).toContainText("ter goedkeuring");
  await expectNoSeriousA11yViolations(page);

  // Officer B, who did not touch the round, approves and publishes it.
  const colleague = await newPage(browser);
  await login(colleague, "beleid@zaanstad.nl");
  await colleague.goto(roundUrl);
  await colleague.getByLabel("Besluit", { exact: true }).selectOption("approve");
  await colleague.getByRole("button", { name: "Beoordelen" }).click();
  await expect(colleague.getByText("De beoordeling is vastgelegd.")).toBeVisible();
  await colleague.getByRole("button", { name: "Ronde publiceren" }).click();
  await expect(
    colleague.getByText(new RegExp(`Ronde ${n} is gepubliceerd als versie 1 en verstuurd naar \\d+ deelnemer`)),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(colleague);

  // The other provider reads the round on the trajectory page: no cost price, nobody named.
  await providerB.goto("/meldingen");
  await expect(providerB.getByText(`Nota van inlichtingen, ronde ${n}: ${IN_ANALYSIS}`).first()).toBeVisible();
  await providerB.goto(trajectory);
  const rounds = providerB.getByTestId("published-rounds");
  await expect(rounds).toContainText("kostprijsonderzoek van de regio");
  await expect(rounds).toContainText("[weggelakt — concurrentiegevoelig, 5.1.2f]");
  await expect(rounds).toContainText("Deze vraag is ook door 1 andere deelnemer gesteld.");
  await expectNoSeriousA11yViolations(providerB);
  // The whole page as a visitor gets it (a signed-in reader's own name is in the header), and its documents.
  await anonymous.goto(trajectory);
  const surfaces = [
    await rounds.innerHTML(),
    await anonymous.content(),
    await (await anonymous.request.get(`${questions}/ronde/${n}/1/json`)).text(),
    await (await anonymous.request.get(`${questions}/nota/json`)).text(),
  ];
  const pdf = await anonymous.request.get(`${questions}/ronde/${n}/1/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  surfaces.push((await pdf.body()).toString("latin1"));
  for (const surface of surfaces)
    for (const secret of [`68,${cents}`, ...ASKERS]) expect(surface).not.toContain(secret);
  await providerB.goto(questions);
  await expect(providerB.getByTestId("own-questions")).toContainText("Samengevoegd met een gelijke vraag");
  await providerA.goto(questions);
  await expect(providerA.getByTestId("own-questions")).toContainText(`Beantwoord in ronde ${n}`);
  // A visitor reads the published round as well: the trajectory is public.
  await anonymous.goto(`${questions}/nota`);
  await expect(anonymous.getByRole("heading", { level: 1 })).toContainText("Nota van inlichtingen");
  await expectNoSeriousA11yViolations(anonymous);
});
