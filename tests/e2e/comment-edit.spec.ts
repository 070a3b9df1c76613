import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login, newPage } from "./support/login";

const OPEN = "Marktconsultatie Begeleiding Wmo: wat werkt in de wijk?";

test("a resident edits their own comment: the discussion shows the new text as edited, officers keep the earlier one", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const first = `De buurtkamer in Krommenie is op vrijdag dicht (${stamp}).`;
  const second = `De buurtkamer in Krommenie is op vrijdag en zaterdag dicht (${stamp}).`;
  await login(page, "inwoner@example.nl");
  await page.goto("/consultaties");
  await page.getByRole("link", { name: OPEN }).click();
  await expect(page.getByRole("heading", { level: 1, name: OPEN })).toBeVisible();
  const url = page.url();
  await page.getByRole("textbox", { name: "Uw bijdrage aan het gesprek" }).fill(first);
  await page.getByRole("button", { name: "Plaatsen" }).click();
  await expect(page.getByText("Uw reactie is geplaatst.")).toBeVisible();

  const own = page.getByTestId("comment").filter({ hasText: String(stamp) });
  await expect(own).toHaveCount(1);
  await own.locator("summary", { hasText: "Bewerken" }).click();
  const form = own.getByRole("form", { name: "Bewerken" });
  const field = form.getByRole("textbox", { name: "Uw reactie" });
  await expect(field).toHaveValue(first);
  await expectNoSeriousA11yViolations(page);
  // An empty text is refused with a clear message; the comment stays as it was.
  await field.fill("");
  await form.getByRole("button", { name: "Wijziging opslaan" }).click();
  await expect(form.getByText("Gebruik minstens 2 tekens.").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await field.fill(second);
  await form.getByRole("button", { name: "Wijziging opslaan" }).click();
  await expect(page.getByText("Uw reactie is gewijzigd.")).toBeVisible();

  await page.reload();
  const edited = page.getByTestId("comment").filter({ hasText: String(stamp) });
  await expect(edited).toContainText(second);
  await expect(edited).not.toContainText(first);
  await expect(edited).toContainText(/bewerkt \d/);
  await expectNoSeriousA11yViolations(page);

  // Someone else reports it; the officers' moderation queue shows the earlier text beside the current one.
  // A provider's account: the account specs turn the council members into an officer and change a password.
  const other = await newPage(browser);
  await login(other, "aanbieder@wijkzorg-waterland.nl");
  await other.goto(url);
  const reported = other.getByTestId("comment").filter({ hasText: String(stamp) });
  await expect(reported).toHaveCount(1);
  await reported.getByRole("button", { name: "Melden als ongepast" }).click();
  await expect(other.getByText("Bedankt, de gemeente kijkt ernaar.")).toBeVisible();

  const officer = await newPage(browser);
  await login(officer, "beleid@zaanstad.nl");
  await officer.goto("/beheer/moderatie");
  const queued = officer.getByTestId("moderation-item").filter({ hasText: second });
  await expect(queued).toHaveCount(1);
  await queued.getByText("Eerdere tekst (1)").click();
  await expect(queued).toContainText(first);
  await expectNoSeriousA11yViolations(officer);
});
