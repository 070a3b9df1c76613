import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUTH_CLIENT_TEXTS } from "@/app/(auth)/texts";
import { ACCOUNT_CLIENT_TEXTS } from "@/app/account/texts";
import { CONSULTATION_CLIENT_TEXTS } from "@/components/consultation/texts";
import { SHARED_CLIENT_TEXTS } from "@/components/ui/texts";
import { pickTexts } from "@/lib/i18n/texts";

// Public pages, the sign-in and registration pages every visitor meets, and the account page stay within
// 25 kB of JavaScript above an empty Next page (issue 18, measured by the bench's `js` case). What would
// break that at once is the message file (or use-intl, or the editor) reaching the browser through a client
// component: this walks the static imports from each of those routes and refuses it.
const ROOT = path.resolve(import.meta.dirname, "../../..");
const PUBLIC_ENTRIES = [
  "app/layout.tsx",
  "app/error.tsx",
  "app/global-error.tsx",
  "app/not-found.tsx",
  "app/forbidden.tsx",
  "app/page.tsx",
  "app/consultaties/page.tsx",
  "app/consultaties/[id]/page.tsx",
  "app/trajecten/page.tsx",
  "app/trajecten/[id]/page.tsx",
  "app/zoeken/page.tsx",
  "app/(auth)/inloggen/page.tsx",
  "app/(auth)/inloggen/code/page.tsx",
  "app/(auth)/inloggen/tweede-factor/page.tsx",
  "app/(auth)/registreren/page.tsx",
  "app/(auth)/wachtwoord-vergeten/page.tsx",
  "app/(auth)/wachtwoord-herstellen/page.tsx",
  "app/(auth)/e-mail-bevestigen/page.tsx",
  "app/(auth)/e-mail-bevestigen/opnieuw/page.tsx",
  "app/account/page.tsx",
  "app/account/tweestapsverificatie/page.tsx",
];
const HEAVY = [/^lib\/i18n\/index\.ts$/, /^lib\/i18n\/texts\.ts$/, /^lib\/i18n\/messages\//, /^use-intl/, /^@tiptap\//];

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(ROOT, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  const found = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find(
    (c) => existsSync(c) && statSync(c).isFile(),
  );
  return found ?? null;
}

/** Static imports only: `import()` makes a chunk of its own that loads when used (global-error.tsx). */
function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s)?([^'"]*?from\s+)?["']([^"']+)["']/gm)) {
    if (!m[2]) found.push(m[4]!);
  }
  return found;
}

/** Every module the browser gets for these entries, with the chain that brings each one. */
function clientModules(entry: string): Map<string, string> {
  const client = new Map<string, string>();
  const seen = new Set<string>();
  const walk = (file: string, inClient: boolean, chain: string) => {
    if (seen.has(`${file}|${inClient}`)) return;
    seen.add(`${file}|${inClient}`);
    const source = readFileSync(file, "utf8");
    // A server action is a reference in the browser, not its code.
    if (/^["']use server["']/.test(source)) return;
    const isClient = inClient || /^["']use client["']/.test(source);
    for (const spec of importsOf(source)) {
      const name = path.relative(ROOT, file);
      const resolved = resolve(file, spec);
      const id = resolved ? path.relative(ROOT, resolved) : spec;
      if (isClient) client.set(id, `${chain} > ${name}`);
      if (resolved && /\.tsx?$/.test(resolved)) walk(resolved, isClient, `${chain} > ${name}`);
    }
  };
  walk(path.join(ROOT, entry), false, "");
  return client;
}

describe("the JavaScript of public pages", () => {
  it.each(PUBLIC_ENTRIES)("%s gives the browser neither the message file, use-intl nor the editor", (entry) => {
    const heavy = [...clientModules(entry)]
      .filter(([id]) => HEAVY.some((h) => h.test(id)))
      .map(([id, chain]) => `${id} via${chain}`);
    expect(heavy).toEqual([]);
  });

  it("notices a client component that imports the message file", () => {
    const modules = clientModules("components/trajectory/phase-move-form.tsx");
    expect([...modules.keys()]).toContain("lib/i18n/messages/nl.json");
  });

  it("picks only texts that exist in nl.json", () => {
    expect(() =>
      pickTexts([...SHARED_CLIENT_TEXTS, ...CONSULTATION_CLIENT_TEXTS, ...AUTH_CLIENT_TEXTS, ...ACCOUNT_CLIENT_TEXTS]),
    ).not.toThrow();
    expect(() => pickTexts(["errors.noSuchText"])).toThrow(/errors\.noSuchText/);
  });
});
