import { expect, test, type Page } from "@playwright/test";
import { TOTP } from "otpauth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_PASSWORD, enterTotpCode, login, newPage } from "./support/login";
import { linkFromLatestMail } from "./support/outbox";
import { freshTotpCode } from "./support/totp";

/** Signs out and waits until the portal says so, so the next sign-in does not race the last one. */
async function logout(page: Page) {
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("link", { name: "Inloggen", exact: true })).toBeVisible();
}

async function submitLogin(page: Page, email: string, password: string) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

test("a resident registers, cannot sign in before verifying, verifies by e-mail and signs in", async ({ browser }) => {
  const email = `bewoner-${Date.now()}@voorbeeld.nl`;
  const page = await newPage(browser);
  await page.goto("/registreren");
  await page.getByLabel("Naam").fill("Vera Verificatie");
  await page.getByLabel("E-mailadres").fill(email);
  // Too common and not repeated correctly: both problems at once, the name kept.
  await page.getByLabel(/^Wachtwoord/).fill("password1234");
  await page.getByLabel("Herhaal wachtwoord").fill("iets-anders");
  await page.getByLabel("Ik registreer mij als").selectOption("resident");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByText("staat op de lijst van veelgebruikte wachtwoorden")).toBeVisible();
  await expect(page.getByText("De wachtwoorden zijn niet gelijk.")).toBeVisible();
  await expect(page.getByLabel("Naam")).toHaveValue("Vera Verificatie");
  await expect(page.getByLabel(/^Wachtwoord/)).toHaveValue("");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel(/^Wachtwoord/).fill("zeven-bruine-kikkers");
  await page.getByLabel("Herhaal wachtwoord").fill("zeven-bruine-kikkers");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByText("wij hebben u een e-mail gestuurd")).toBeVisible();

  await submitLogin(page, email, "zeven-bruine-kikkers");
  await expect(page.getByTestId("form-message")).toContainText("Bevestig eerst uw e-mailadres");

  const link = await linkFromLatestMail(browser, email, /Bevestig uw e-mailadres/);
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/e-mail-bevestigen\?token=/);
  await page.goto(link);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Mijn e-mailadres bevestigen" }).click();
  await expect(page.getByText("Uw e-mailadres is bevestigd.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await login(page, email, "zeven-bruine-kikkers");
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn account" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The link works once.
  const again = await newPage(browser);
  await again.goto(link);
  await again.getByRole("button", { name: "Mijn e-mailadres bevestigen" }).click();
  await expect(again.getByTestId("form-message")).toContainText("al gebruikt");
});

test("a forgotten password: mail in the outbox, a new password, and every old session ended", async ({ browser }) => {
  const email = "wmoraad@example.nl";
  const oldDevice = await newPage(browser);
  await login(oldDevice, email);
  await oldDevice.goto("/account");
  await expect(oldDevice.getByRole("heading", { level: 1, name: "Mijn account" })).toBeVisible();

  const page = await newPage(browser);
  await page.goto("/inloggen");
  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een link" }).click();
  const answer = await page.getByTestId("form-message").textContent();
  expect(answer).toContain("Als er een account met dit e-mailadres bestaat");
  // An unknown address gets word for word the same answer.
  await page.getByLabel("E-mailadres").fill("niemand-hier@example.nl");
  await page.getByRole("button", { name: "Stuur mij een link" }).click();
  await expect(page.getByTestId("form-message")).toHaveText(answer ?? "");

  const link = await linkFromLatestMail(browser, email, /Nieuw wachtwoord kiezen/);
  await page.goto(link);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Nieuw wachtwoord").fill("kort");
  await page.getByLabel("Herhaal wachtwoord").fill("anders");
  await page.getByRole("button", { name: "Wachtwoord instellen" }).click();
  await expect(page.getByText("Kies een wachtwoord van minstens 12 tekens.")).toBeVisible();
  await expect(page.getByText("De wachtwoorden zijn niet gelijk.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Nieuw wachtwoord").fill("nieuw-en-lang-genoeg-2026");
  await page.getByLabel("Herhaal wachtwoord").fill("nieuw-en-lang-genoeg-2026");
  await page.getByRole("button", { name: "Wachtwoord instellen" }).click();
  await expect(page.getByText("Uw nieuwe wachtwoord is ingesteld.")).toBeVisible();

  await oldDevice.goto("/account");
  await expect(oldDevice).toHaveURL(/\/inloggen/);
  await submitLogin(page, email, DEMO_PASSWORD);
  await expect(page.getByTestId("form-message")).toContainText("Inloggen is niet gelukt");
  await login(page, email, "nieuw-en-lang-genoeg-2026");

  const reuse = await newPage(browser);
  await reuse.goto(link);
  await reuse.getByLabel("Nieuw wachtwoord").fill("nog-een-ander-wachtwoord");
  await reuse.getByLabel("Herhaal wachtwoord").fill("nog-een-ander-wachtwoord");
  await reuse.getByRole("button", { name: "Wachtwoord instellen" }).click();
  await expect(reuse.getByTestId("token-error")).toContainText("al gebruikt");
});

test("an officer enrols TOTP at the first sign-in, then signs in with a code and with a recovery code", async ({
  browser,
}) => {
  // Each code must come from a 30-second step no earlier sign-in used, so this flow may wait out several steps.
  test.setTimeout(180_000);
  const email = "clientenraad@example.nl";
  const admin = await newPage(browser);
  await login(admin, "beheerder@inkoopdialoog.nl");
  await admin.goto("/beheer/gebruikers");
  const roleForm = admin.getByRole("form", { name: "Nieuwe rol voor Kees Raad" });
  await roleForm.getByLabel("Nieuwe rol voor Kees Raad").selectOption("officer");
  await roleForm.getByRole("button", { name: "Rol wijzigen" }).click();
  await expect(admin.getByText("De rol is gewijzigd.")).toBeVisible();

  const officer = await newPage(browser);
  await submitLogin(officer, email, DEMO_PASSWORD);
  await expect(officer).toHaveURL(/\/inloggen\/tweede-factor/);
  await expect(officer.getByRole("heading", { level: 1, name: "Tweestapsverificatie instellen" })).toBeVisible();
  await expectNoSeriousA11yViolations(officer);
  // No way around it: the portal stays closed until enrolment is done.
  await officer.goto("/account");
  await expect(officer).toHaveURL(/\/inloggen/);
  await officer.goBack();
  await officer.goto("/inloggen/tweede-factor");
  const secret = (await officer.getByTestId("totp-secret").getAttribute("data-secret")) ?? "";
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await officer.getByLabel("Code uit de app").fill("000000");
  await officer.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
  await expect(officer.getByText("Deze code klopt niet")).toBeVisible();
  await officer.getByLabel("Code uit de app").fill(await freshTotpCode(secret));
  await officer.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
  await expect(officer.getByTestId("recovery-codes")).toBeVisible();
  const codes = await officer.getByTestId("recovery-codes").locator("code").allTextContents();
  expect(codes).toHaveLength(10);
  await expectNoSeriousA11yViolations(officer);
  await officer.getByRole("button", { name: "Ik heb de codes bewaard, ga verder" }).click();
  await expect(officer).not.toHaveURL(/\/inloggen/);
  await logout(officer);

  // With a code from the app.
  await login(officer, email, DEMO_PASSWORD, secret);
  await officer.goto("/account");
  await expect(officer.getByText("U hebt nog 10 ongebruikte herstelcodes.")).toBeVisible();
  await expectNoSeriousA11yViolations(officer);
  await logout(officer);

  // With a recovery code, once.
  await submitLogin(officer, email, DEMO_PASSWORD);
  await expect(officer).toHaveURL(/\/inloggen\/code/);
  await expectNoSeriousA11yViolations(officer);
  await officer.getByRole("textbox", { name: "Code", exact: true }).fill(codes[0]!);
  await officer.getByRole("button", { name: "Verder" }).click();
  await expect(officer).not.toHaveURL(/\/inloggen/);
  await logout(officer);
  await submitLogin(officer, email, DEMO_PASSWORD);
  await officer.getByRole("textbox", { name: "Code", exact: true }).fill(codes[0]!);
  await officer.getByRole("button", { name: "Verder" }).click();
  await expect(officer.getByText("Deze code klopt niet of is al gebruikt.")).toBeVisible();
  await enterTotpCode(officer, secret);
  await expect(officer).not.toHaveURL(/\/inloggen/);

  // The administrator resets the factor: the officer is out and enrols anew at the next sign-in.
  await admin.reload();
  await expect(admin.getByRole("row").filter({ hasText: email })).toContainText("Tweestapsverificatie aan");
  await admin
    .getByRole("form", { name: "Tweestapsverificatie resetten: Kees Raad" })
    .getByRole("button", { name: "Tweestapsverificatie resetten" })
    .click();
  await expect(admin.getByRole("row").filter({ hasText: email })).toContainText("Tweestapsverificatie uit");
  await officer.goto("/account");
  await expect(officer).toHaveURL(/\/inloggen/);
  await submitLogin(officer, email, DEMO_PASSWORD);
  await expect(officer).toHaveURL(/\/inloggen\/tweede-factor/);
  const newSecret = (await officer.getByTestId("totp-secret").getAttribute("data-secret")) ?? "";
  expect(newSecret).not.toBe(secret);
  expect(new TOTP({ secret: newSecret }).generate()).toMatch(/^\d{6}$/);
});
