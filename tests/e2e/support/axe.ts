import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * WCAG 2.1 A/AA scan of the current page; serious and critical violations fail the test, listed one per
 * line as `rule-id (impact): help — targets`. The page must belong to a browser context (the `page`
 * fixture or `browser.newContext()`), not to `browser.newPage()`: axe refuses the latter.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // After a client-side navigation Next streams the new page in and swaps the <title>; scanning during
  // the swap would see no title at all. Scan once the navigation has settled and a title is there.
  await page.waitForLoadState("networkidle");
  await expect(page).toHaveTitle(/\S/);
  await page.waitForFunction(() => Boolean(document.querySelector("title")?.textContent?.trim()));
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, `axe op ${page.url()}:\n${serious.join("\n")}`).toEqual([]);
}
