import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login, newPage } from "./support/login";
import { linkFromLatestMail } from "./support/outbox";

// A provider no other flow counts members of: an extra approved member must not change their figures.
test("a provider employee registers, an officer approves, and the employee may then speak for the provider", async ({
  browser,
}) => {
  const email = `medewerker-${Date.now()}@atelier-dekwast.nl`;
  const employee = await newPage(browser);
  await employee.goto("/registreren");
  await expectNoSeriousA11yViolations(employee);
  await employee.getByLabel("Naam").fill("Mees Medewerker");
  await employee.getByLabel("E-mailadres").fill(email);
  await employee.getByLabel(/^Wachtwoord/).fill("kort");
  await employee.getByLabel("Herhaal wachtwoord").fill("kort");
  await employee.getByLabel("Ik registreer mij als").selectOption("provider");
  await employee.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(employee.getByText("Kies een wachtwoord van minstens 12 tekens.")).toBeVisible();
  await expect(employee.getByText("Kies de organisatie waarvoor u werkt.")).toBeVisible();
  await expect(employee.getByLabel("Naam")).toHaveValue("Mees Medewerker");
  await expect(employee.getByLabel("Ik registreer mij als")).toHaveValue("provider");
  await expectNoSeriousA11yViolations(employee);
  await employee.getByLabel(/^Wachtwoord/).fill("een-lang-wachtwoord");
  await employee.getByLabel("Herhaal wachtwoord").fill("een-lang-wachtwoord");
  await employee.getByLabel("Zorgaanbieder").selectOption({ label: "Creatief Atelier De Kwast" });
  await employee.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(employee.getByText("beoordeelt nog of u namens de aanbieder mag spreken")).toBeVisible();
  await employee.goto(await linkFromLatestMail(browser, email, /Bevestig uw e-mailadres/));
  await employee.getByRole("button", { name: "Mijn e-mailadres bevestigen" }).click();
  await expect(employee.getByText("Uw e-mailadres is bevestigd.")).toBeVisible();
  await login(employee, email, "een-lang-wachtwoord");
  await employee.goto("/account");
  await expect(employee.getByText("wacht op goedkeuring")).toBeVisible();
  await expect(employee.getByRole("heading", { name: "Collega's in het portaal" })).toHaveCount(0);

  const officer = await newPage(browser);
  await login(officer, "inkoper@zaanstad.nl");
  await officer.goto("/beheer/aanmeldingen");
  await expectNoSeriousA11yViolations(officer);
  const row = officer.getByRole("row").filter({ hasText: email });
  await row.getByRole("button", { name: "Goedkeuren" }).click();
  await expect(officer.getByRole("row").filter({ hasText: email })).toHaveCount(0);

  await employee.reload();
  await expect(employee.getByText("U mag namens Creatief Atelier De Kwast reageren.")).toBeVisible();
  await expect(employee.getByRole("heading", { name: "Collega's in het portaal" })).toBeVisible();
  await expectNoSeriousA11yViolations(employee);
});

test("a blocked account loses access on its next request", async ({ browser }) => {
  const resident = await newPage(browser);
  await login(resident, "inwoner@example.nl");
  await resident.goto("/account");
  await expect(resident.getByRole("heading", { level: 1, name: "Mijn account" })).toBeVisible();

  const admin = await newPage(browser);
  await login(admin, "beheerder@inkoopdialoog.nl");
  await admin.goto("/beheer/gebruikers");
  await expectNoSeriousA11yViolations(admin);
  await admin.getByRole("form", { name: "Blokkeren: Ilse Inwoner" }).getByRole("button", { name: "Blokkeren" }).click();
  await expect(admin.getByText("Het account is geblokkeerd.")).toBeVisible();

  await resident.goto("/account");
  await expect(resident).toHaveURL(/\/inloggen/);
  await resident.getByLabel("E-mailadres").fill("inwoner@example.nl");
  await resident.getByLabel("Wachtwoord").fill("Welkom-demo-2026");
  await resident.getByRole("button", { name: "Inloggen" }).click();
  await expect(resident.getByTestId("form-message")).toContainText("Inloggen is niet gelukt");

  await admin
    .getByRole("form", { name: "Deblokkeren: Ilse Inwoner" })
    .getByRole("button", { name: "Deblokkeren" })
    .click();
  await expect(admin.getByText("Het account is gedeblokkeerd.")).toBeVisible();
});

test("an expired session keeps what the officer typed", async ({ page, context }) => {
  await login(page, "inkoper@zaanstad.nl");
  await page.goto("/beheer/trajecten/nieuw");
  await page.getByLabel("Titel").fill("Tekst die niet verloren mag gaan");
  await page.getByLabel("Wat wordt er ingekocht").fill("Een lange beschrijving die de inkoper net heeft getypt.");
  await context.clearCookies();
  await page.getByRole("button", { name: "Traject aanmaken" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Uw sessie is verlopen");
  await expect(page.getByLabel("Titel")).toHaveValue("Tekst die niet verloren mag gaan");
  await expect(page.getByLabel("Wat wordt er ingekocht")).toHaveValue(
    "Een lange beschrijving die de inkoper net heeft getypt.",
  );
});

test("logging out ends the session, also for a copy of the old cookie, and a cross-site post is refused", async ({
  page,
  context,
}) => {
  await login(page, "inkoper@zaanstad.nl");
  const oldCookies = await context.cookies();
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();
  await page.goto("/beheer/trajecten");
  await expect(page).toHaveURL(/\/inloggen/);
  // Replaying the token from before logout must not bring the session back.
  await context.addCookies(oldCookies);
  await page.goto("/beheer/trajecten");
  await expect(page).toHaveURL(/\/inloggen/);
  const response = await page.request.post("/api/auth/signout", {
    headers: { Origin: "https://elders.example" },
    form: { csrfToken: "x" },
  });
  expect(response.status()).toBe(403);
});
