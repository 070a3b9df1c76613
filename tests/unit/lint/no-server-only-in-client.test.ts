import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import { afterAll, describe, it } from "vitest";
import { noServerOnlyInClient } from "@/scripts/eslint/no-server-only-in-client.mjs";

// RuleTester reports through the test framework's describe/it.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const dir = mkdtempSync(path.join(tmpdir(), "lint-boundaries-"));
const files: Record<string, string> = {
  "data.ts": 'import "server-only";\nexport const secret = 1;\n',
  "helper.ts": 'import { secret } from "./data";\nexport const shown = secret;\n',
  "types.ts": 'import type { Secret } from "./data";\nexport type Shown = Secret;\n',
  "actions.ts": '"use server";\nimport { secret } from "./data";\nexport async function act() { return secret; }\n',
  "format.ts": "export const format = (n: number) => String(n);\n",
};
for (const [name, source] of Object.entries(files)) writeFileSync(path.join(dir, name), source);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const client = path.join(dir, "form.tsx");
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

tester.run("no-server-only-in-client", noServerOnlyInClient, {
  valid: [
    { filename: client, code: '"use client";\nimport { format } from "./format";' },
    { filename: client, code: '"use client";\nimport { act } from "./actions";' },
    { filename: client, code: '"use client";\nimport type { Shown } from "./types";' },
    { filename: client, code: '"use client";\nimport type { secret } from "./data";' },
    // A server component may import whatever it needs.
    { filename: client, code: 'import { shown } from "./helper";' },
  ],
  invalid: [
    { filename: client, code: '"use client";\nimport "server-only";', errors: [{ messageId: "direct" }] },
    { filename: client, code: '"use client";\nimport { secret } from "./data";', errors: [{ messageId: "indirect" }] },
    { filename: client, code: '"use client";\nimport { shown } from "./helper";', errors: [{ messageId: "indirect" }] },
  ],
});
