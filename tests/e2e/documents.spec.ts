import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { login, newPage } from "./support/login";

const pdf = (text: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% ${text}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
    "latin1",
  );

test("an officer uploads phase documents; providers get the public one and never the internal one", async ({
  page,
  browser,
}) => {
  await login(page, "inkoper@zaanstad.nl");
  await page.goto("/beheer/trajecten");
  await page.getByRole("link", { name: "Jeugdhulp ambulant regio Zaanstreek-Waterland" }).click();
  await page.waitForURL(/\/beheer\/trajecten\/[0-9a-f-]{36}$/);
  const trajectoryUrl = page.url();
  await page.getByRole("link", { name: "Fase 2: Analyse" }).click();
  await expect(page.getByRole("heading", { name: "Document toevoegen" })).toBeVisible();

  // A file that only pretends to be a PDF is refused, and the title stays.
  await page.getByLabel("Titel van het document").fill("Nep-analyse");
  await page
    .getByLabel("Bestand (PDF, maximaal 10 MB)")
    .setInputFiles({ name: "analyse.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>geen pdf</html>") });
  await page.getByRole("button", { name: "Uploaden" }).click();
  await expect(page.getByText("dit bestand is geen geldige PDF")).toBeVisible();
  await expect(page.getByLabel("Titel van het document")).toHaveValue("Nep-analyse");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Titel van het document").fill("Marktanalyse jeugdhulp 2026");
  await page
    .getByLabel("Bestand (PDF, maximaal 10 MB)")
    .setInputFiles({ name: "marktanalyse.pdf", mimeType: "application/pdf", buffer: pdf("openbaar") });
  await page.getByLabel(/Openbaar: ook zichtbaar/).check();
  await page.getByRole("button", { name: "Uploaden" }).click();
  await expect(page.getByText("Het document is toegevoegd.")).toBeVisible();

  await page.getByLabel("Titel van het document").fill("Interne tariefnotitie");
  await page
    .getByLabel("Bestand (PDF, maximaal 10 MB)")
    .setInputFiles({ name: "tarieven.pdf", mimeType: "application/pdf", buffer: pdf("intern") });
  await page.getByRole("button", { name: "Uploaden" }).click();
  await expect(page.getByText("Het document is toegevoegd.")).toBeVisible();
  await page.reload();
  const links = page.getByRole("link", { name: /^Download / });
  await expect(links).toHaveCount(2);
  const internalHref = await page.getByRole("link", { name: /Download Interne tariefnotitie/ }).getAttribute("href");
  const publicHref = await page
    .getByRole("link", { name: /Download Marktanalyse jeugdhulp 2026/ })
    .getAttribute("href");

  const provider = await newPage(browser);
  await login(provider, "aanbieder@wijkzorg-waterland.nl");
  await provider.goto(trajectoryUrl.replace("/beheer", ""));
  await expect(provider.getByRole("link", { name: /Download Marktanalyse jeugdhulp 2026/ })).toBeVisible();
  await expect(provider.getByText("Interne tariefnotitie")).toHaveCount(0);
  const ok = await provider.request.get(publicHref!);
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toBe("application/pdf");
  expect((await ok.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const hidden = await provider.request.get(internalHref!);
  expect(hidden.status()).toBe(404);
});
