import { expect, type Page } from "@playwright/test";

/** Answers the confirmation dialog of an irreversible action with its "Ja, …" button. */
export async function confirmDialog(page: Page): Promise<void> {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: /^Ja, / }).click();
}
