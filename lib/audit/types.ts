import type { auditLog } from "@/db/schema";

/** One row of the audit trail as the audit table shows it; components may not import db/ themselves. */
export type AuditEntry = typeof auditLog.$inferSelect;
