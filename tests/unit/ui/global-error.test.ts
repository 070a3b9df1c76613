import { createElement } from "react";
import { prerender } from "react-dom/static";
import { describe, expect, it } from "vitest";
import GlobalError from "@/app/global-error";

async function html(digest?: string): Promise<string> {
  const error = Object.assign(new Error("layout failed"), digest ? { digest } : {});
  const { prelude } = await prerender(createElement(GlobalError, { error, reset: () => {} }));
  return new Response(prelude).text();
}

describe("the global error page", () => {
  // Its texts load only when it is shown (app/global-error.tsx): the server still renders them in full.
  it("says in Dutch what went wrong, with the reference and the way back", async () => {
    const page = await html("abc123");
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain("<title>Er ging iets mis · Inkoopdialoog</title>");
    expect(page).toContain("dit kenmerk: abc123.");
    expect(page).toContain("Opnieuw proberen");
  });
});
