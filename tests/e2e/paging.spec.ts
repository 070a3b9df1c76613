import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import { TOTP } from "otpauth";
import { DEMO_ACCOUNTS } from "../../db/seed/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO_PASSWORD } from "./support/login";

// This spec pages through more rows than the shared demo holds, so it runs a portal of its own on a
// private copy of the demo (tests/e2e/support/seed-paging.ts): nothing the other specs use changes.
const DATA_DIR = path.join(".e2e-data", `paging-${process.pid}`);
const OPEN = "Marktconsultatie Begeleiding Wmo: wat werkt in de wijk?";
const OFFICER = "beleid@zaanstad.nl";
let server: ChildProcess | undefined;
let base = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, until: number) {
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not come up`);
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  rmSync(DATA_DIR, { recursive: true, force: true });
  const seeded = spawnSync("npx", ["tsx", "--conditions=react-server", "tests/e2e/support/seed-paging.ts", DATA_DIR], {
    stdio: "inherit",
  });
  expect(seeded.status).toBe(0);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ["scripts/start.mjs", "--port", String(port), "--host", "127.0.0.1"], {
    stdio: "ignore",
    env: {
      ...process.env,
      PGLITE_DATA_DIR: DATA_DIR,
      SEED_DEMO: "0",
      AUTH_SECRET: "e2e-paging-only-secret-not-for-production-0123456789",
      AUTH_URL: base,
    },
  });
  await waitUntilUp(`${base}/`, Date.now() + 120_000);
});

test.afterAll(async () => {
  const running = server;
  server = undefined;
  if (running && running.exitCode === null) {
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  rmSync(DATA_DIR, { recursive: true, force: true });
});

async function officerPage(browser: Browser, email = OFFICER) {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen\/code/);
  // A database of its own: no other sign-in used this code.
  const secret = DEMO_ACCOUNTS.find((a) => a.email === email)!.totpSecret!;
  const code = new TOTP({ secret, algorithm: "SHA1", digits: 6, period: 30 }).generate();
  await page.getByRole("textbox", { name: "Code", exact: true }).fill(code);
  await page.getByRole("button", { name: "Verder" }).click();
  await expect(page).not.toHaveURL(/\/inloggen/);
  return page;
}

test("an officer pages through the responses with a filter kept in the address", async ({ browser }) => {
  const page = await officerPage(browser);
  await page.goto("/consultaties");
  const href = await page.getByRole("link", { name: OPEN }).getAttribute("href");
  const id = href?.split("/").at(-1);
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  await page.goto(`/beheer/consultaties/${id}/reacties`);
  const nav = page.getByRole("navigation", { name: "Pagina's met reacties", exact: true });
  await expect(nav.locator('[aria-current="page"]')).toHaveText(/Pagina 1 van [4-9]/);

  await page.getByLabel("Grootte").selectOption({ label: "Klein of zzp" });
  await page.getByRole("button", { name: "Filter toepassen" }).click();
  await expect(page).toHaveURL(/grootte=small/);
  await expect(nav.locator('[aria-current="page"]')).toHaveText("Pagina 1 van 2");
  const firstTable = page.locator("table.inkoop-table").first();
  await expect(firstTable.locator("tbody tr")).toHaveCount(50);
  await expect(firstTable.locator("tbody tr").filter({ hasNotText: "Klein of zzp" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  const onFirst = await firstTable.locator("tbody tr td:first-child").allTextContents();

  await nav.getByRole("link", { name: "Volgende pagina" }).click();
  await expect(page).toHaveURL(/grootte=small.*pagina=2.*na=/);
  await expect(nav.locator('[aria-current="page"]')).toHaveText("Pagina 2 van 2");
  await expect(page.getByLabel("Grootte")).toHaveValue("small");
  const rows = firstTable.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThan(0);
  expect(await rows.count()).toBeLessThanOrEqual(50);
  await expect(rows.filter({ hasNotText: "Klein of zzp" })).toHaveCount(0);
  const onSecond = await firstTable.locator("tbody tr td:first-child").allTextContents();
  expect(onSecond.filter((name) => onFirst.includes(name))).toEqual([]);
  await expect(nav.getByRole("link", { name: "Volgende pagina" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await nav.getByRole("link", { name: "Vorige pagina" }).click();
  await expect(page).toHaveURL(/grootte=small.*voor=/);
  await expect(nav.locator('[aria-current="page"]')).toHaveText("Pagina 1 van 2");
  expect(await firstTable.locator("tbody tr td:first-child").allTextContents()).toEqual(onFirst);

  // A tampered cursor and a page past the end get a Dutch answer, never an error page.
  const tampered = await page.goto(`/beheer/consultaties/${id}/reacties?grootte=small&na=bm9nIGVlbiBjdXJzb3I`);
  expect(tampered?.status()).toBe(200);
  await expect(page.getByText(/Deze link naar een andere pagina klopt niet/)).toBeVisible();
  await page.goto(`/beheer/consultaties/${id}/reacties?grootte=small&pagina=9`);
  await expect(page.getByText("Pagina 9 bestaat niet: er zijn 2 pagina's.").first()).toBeVisible();
  await page.getByRole("link", { name: "Eerste pagina" }).first().click();
  await expect(page).toHaveURL(/grootte=small/);
  await expect(nav.locator('[aria-current="page"]')).toHaveText("Pagina 1 van 2");
  await expectNoSeriousA11yViolations(page);
  await page.context().close();
});

test("a visitor finds finished consultations in the archive and pages through it", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("link", { name: "Afgeronde consultaties en terugkoppelingen (archief)" }).click();
  await expect(page).toHaveURL(/\/consultaties\?weergave=archief/);
  const tabs = page.getByRole("navigation", { name: "Welke consultaties" });
  await expect(tabs.getByRole("link", { name: "Archief" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { level: 2, name: "Afgeronde consultaties" })).toBeVisible();
  // The demo's finished consultation with published feedback closed most recently: on top.
  await expect(page.getByRole("link", { name: "Consultatie dyslexiezorg: toegang via school" })).toBeVisible();
  await expect(page.getByRole("link", { name: OPEN })).toHaveCount(0);
  const nav = page.getByRole("navigation", { name: "Pagina's van het archief" });
  await expect(nav.locator('[aria-current="page"]')).toHaveText("Pagina 1 van 2");
  await expectNoSeriousA11yViolations(page);

  await nav.getByRole("link", { name: "Volgende pagina" }).click();
  await expect(page).toHaveURL(/weergave=archief.*pagina=2.*na=/);
  await expect(nav.locator('[aria-current="page"]')).toHaveText("Pagina 2 van 2");
  await expect(page.getByRole("link", { name: "Afgeronde consultatie 25" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Consultatie dyslexiezorg: toegang via school" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await tabs.getByRole("link", { name: "Open" }).click();
  await expect(page.getByRole("link", { name: OPEN })).toBeVisible();
  await expect(page.getByRole("link", { name: "Afgeronde consultatie 25" })).toHaveCount(0);
  await context.close();
});

test("every other paged list answers with its page navigation or a single page", async ({ browser }) => {
  const officer = await officerPage(browser, "inkoper@zaanstad.nl");
  for (const [path, heading] of [
    ["/beheer/trajecten", "Beheer inkooptrajecten"],
    ["/trajecten", "Inkooptrajecten"],
    ["/meldingen", "Meldingen"],
  ] as const) {
    expect((await officer.goto(path))?.status()).toBe(200);
    await expect(officer.getByRole("heading", { level: 1 })).toHaveText(heading);
  }
  await officer.goto("/beheer/trajecten");
  await officer.locator("main h2 a").first().click();
  await expect(officer).toHaveURL(/\/beheer\/trajecten\/[0-9a-f-]{36}$/);
  await expect(officer.getByRole("heading", { level: 2, name: "Bijeenkomsten" })).toBeVisible();
  await officer.goto("/consultaties");
  await officer.getByRole("link", { name: OPEN }).click();
  await expect(officer.getByRole("heading", { level: 1, name: OPEN })).toBeVisible();
  await expect(officer.getByTestId("comment").first()).toBeVisible();
  const bad = await officer.goto(`${new URL(officer.url()).pathname}?pagina=abc`);
  expect(bad?.status()).toBe(200);
  await expect(officer.getByText(/Het paginanummer moet een heel getal zijn/)).toBeVisible();
  await officer.context().close();

  const admin = await officerPage(browser, "beheerder@inkoopdialoog.nl");
  for (const path of ["/beheer/uitgaande-post", "/beheer/gebruikers"]) {
    expect((await admin.goto(path))?.status()).toBe(200);
    await expect(admin.getByRole("table").first()).toBeVisible();
  }
  await expectNoSeriousA11yViolations(admin);
  await admin.context().close();
});
