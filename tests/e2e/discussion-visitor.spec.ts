import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login, newPage } from "./support/login";

const OPEN_CONSULTATION = "Marktconsultatie Begeleiding Wmo: wat werkt in de wijk?";

test("a signed-out visitor reads a discussion with a reply under its comment, and gets nothing to act on", async ({
  browser,
}) => {
  const id = String(Date.now()).slice(-7);
  const comment = `Meer inloop op zaterdag ${id}`;
  const reply = `Ook voor mantelzorgers ${id}`;

  const resident = await newPage(browser);
  await login(resident, "inwoner@example.nl");
  await resident.goto("/consultaties");
  await resident.getByRole("link", { name: OPEN_CONSULTATION }).first().click();
  await expect(resident.getByRole("heading", { level: 1, name: OPEN_CONSULTATION })).toBeVisible();
  const url = resident.url();
  await resident.getByRole("textbox", { name: "Uw bijdrage aan het gesprek" }).fill(comment);
  await resident.getByRole("button", { name: "Plaatsen" }).click();
  await expect(resident.getByText("Uw reactie is geplaatst.")).toBeVisible();
  const ownThread = resident
    .getByRole("listitem")
    .filter({ has: resident.getByTestId("comment").filter({ hasText: comment }) })
    .first();
  await ownThread.locator("summary", { hasText: "Antwoorden" }).click();
  await ownThread.getByRole("textbox", { name: /^Antwoord op / }).fill(reply);
  await ownThread.getByRole("button", { name: "Antwoorden" }).click();
  await expect(resident.getByText("Uw reactie is geplaatst.")).toBeVisible();

  const visitor = await newPage(browser);
  // A visitor's page may come from the page cache for a few seconds after the change.
  await expect
    .poll(
      async () => {
        await visitor.goto(url);
        return visitor.getByTestId("comment").filter({ hasText: reply }).count();
      },
      { timeout: 30_000, intervals: [1_000] },
    )
    .toBe(1);
  const thread = visitor.locator("ul.inkoop-comments > li").filter({ hasText: comment });
  await expect(thread.locator(":scope > article")).toContainText(comment);
  await expect(thread.locator(":scope > ul > li > article")).toContainText(reply);
  await expect(thread.locator(":scope > ul > li > article")).toContainText("Ilse Inwoner");
  await expect(visitor.getByRole("button", { name: "Melden als ongepast" })).toHaveCount(0);
  await expect(visitor.locator("#gesprek").locator("..").locator("form")).toHaveCount(0);
  await expectNoSeriousA11yViolations(visitor);
});
