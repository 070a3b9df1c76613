import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

test("health and readiness answer without a session and reveal nothing but the checks", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });
  expect(health.headers()["cache-control"]).toContain("no-store");

  // The job worker runs in the web process and beats as soon as it has started.
  await expect.poll(async () => (await request.get("/api/ready")).status(), { timeout: 30_000 }).toBe(200);
  const ready = await request.get("/api/ready");
  expect(await ready.json()).toEqual({
    status: "ready",
    checks: { database: "ok", migrations: "ok", worker: "ok" },
  });
});

test("every response carries a request id; a well-formed one from the proxy is kept", async ({ request }) => {
  const fresh = await request.get("/");
  expect(fresh.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const forwarded = await request.get("/trajecten", { headers: { "X-Request-Id": "lb-0123456789abcdef" } });
  expect(forwarded.headers()["x-request-id"]).toBe("lb-0123456789abcdef");
  const forged = await request.get("/", { headers: { "X-Request-Id": "x" } });
  expect(forged.headers()["x-request-id"]).not.toBe("x");
});

test("favicon and robots.txt are served; robots.txt keeps signed-in pages out of search engines", async ({
  request,
  page,
}) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  expect((await request.get("/favicon.svg")).status()).toBe(200);

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  for (const path of ["/beheer", "/account", "/meldingen", "/mijn-contracten", "/overlegtafels"]) {
    expect(text).toContain(`Disallow: ${path}`);
  }
  expect(text).not.toMatch(/Disallow: \/\s*$/m);

  await page.goto("/");
  await expect(page.locator('link[rel="icon"][href*="favicon.svg"]')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
});
