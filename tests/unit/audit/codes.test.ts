import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_CODES, auditActionKey } from "@/lib/audit/codes";
import { hasMessage } from "@/lib/i18n";
import { ACTIONS } from "@/lib/policy";

const ROOT = join(__dirname, "../../..");
const SOURCE_DIRS = ["lib", "app", "db", "scripts"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "migrations") return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

const WRITES_AUDIT = /recordAudit|auditRefusedForm|insert\(auditLog\)/;
const CODE = /^[a-z_0-9]+\.[a-z_0-9]+$/;

/**
 * Every code a file that writes the audit trail names: string literals after `action:` (also in a ternary),
 * the last argument of helpers that take the code, and the escalation ladder's `escalation.${kind}` with
 * each kind it passes.
 */
function codesIn(text: string): string[] {
  const found: string[] = [];
  for (const [, expression = ""] of text.matchAll(/\baction:\s*([^,}\n]+)/g)) {
    for (const [, literal = ""] of expression.matchAll(/"([^"]+)"/g)) if (CODE.test(literal)) found.push(literal);
  }
  for (const [, code = ""] of text.matchAll(/requireOwnCode\([^)]*"([^"]+)"\)/g)) found.push(code);
  if (text.includes("action: `escalation.${kind}`")) {
    for (const [, kind = ""] of text.matchAll(/await record\(\s*ctx,\s*tx,\s*loaded,\s*"([a-z_0-9]+)"/g))
      found.push(`escalation.${kind}`);
  }
  return found;
}

function usedCodes(): Map<string, string> {
  const used = new Map<string, string>();
  for (const dir of SOURCE_DIRS) {
    for (const file of sourceFiles(join(ROOT, dir))) {
      const text = readFileSync(file, "utf8");
      if (!WRITES_AUDIT.test(text)) continue;
      for (const code of codesIn(text)) used.set(code, file.slice(ROOT.length + 1));
    }
  }
  return used;
}

describe("audit action codes", () => {
  it("finds the codes the source writes (the scan itself works)", () => {
    const used = usedCodes();
    expect(used.size).toBeGreaterThan(60);
    for (const code of [
      "table.replace",
      "escalation.to_step3",
      "kpi.record_result",
      "user.disable",
      "minutes.send_back",
    ])
      expect(used.has(code), code).toBe(true);
  });

  it("knows every code written anywhere in the source", () => {
    const known = new Set<string>([...AUDIT_CODES, ...ACTIONS]);
    const unknown = [...usedCodes()].filter(([code]) => !known.has(code)).map(([code, file]) => `${code} (${file})`);
    expect(unknown).toEqual([]);
  });

  it("describes every code, the policy's refused actions included, in Dutch", () => {
    const missing = [...AUDIT_CODES, ...ACTIONS].filter((code) => !hasMessage(auditActionKey(code)));
    expect(missing).toEqual([]);
  });

  it("reads the literals of a ternary and the escalation ladder's kinds", () => {
    expect(codesIn(`recordAudit(ctx, { action: on ? "user.disable" : "user.enable" })`)).toEqual([
      "user.disable",
      "user.enable",
    ]);
    expect(codesIn('action: `escalation.${kind}`,\n await record(ctx, tx, loaded, "resolve", to)')).toEqual([
      "escalation.resolve",
    ]);
  });
});
