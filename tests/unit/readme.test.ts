import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/accounts";

describe("README", () => {
  const readme = readFileSync("README.md", "utf8");

  it("opens with the two commands: run the portal, run the tests", () => {
    const firstBlock = readme.slice(readme.indexOf("```bash"), readme.indexOf("```", readme.indexOf("```bash") + 7));
    expect(firstBlock).toContain("npm install && npm start");
    expect(firstBlock).toContain("npm install && npm test");
  });

  it("lists every demo account and the demo password", () => {
    expect(readme).toContain(DEMO_PASSWORD);
    for (const account of DEMO_ACCOUNTS) expect(readme).toContain(account.email);
  });

  it("gives the demo's TOTP secret for every account with a second factor", () => {
    for (const account of DEMO_ACCOUNTS.filter((a) => a.totpSecret)) expect(readme).toContain(account.totpSecret);
  });
});
