import { recordAudit, type WriteContext } from "@/lib/audit/record";

/**
 * Audits a refused account form (password too short, too common, too long, not repeated, a code in
 * the wrong format). It records which fields failed and why, never what was typed.
 */
export async function auditRefusedForm(
  ctx: WriteContext,
  entry: { action: string; objectId?: string | null; email?: string },
  fieldErrors: Record<string, string[]>,
): Promise<void> {
  await recordAudit(ctx, {
    action: entry.action,
    objectType: "user",
    objectId: entry.objectId ?? null,
    result: "denied",
    details: { reason: "invalid_input", fields: fieldErrors, ...(entry.email ? { email: entry.email } : {}) },
  });
}
