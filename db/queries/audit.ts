import { desc, eq } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import type { Executor } from "@/db/connection";

export const listAuditForTrajectory = (db: Executor, trajectoryId: string, limit = 500) =>
  db.select().from(auditLog).where(eq(auditLog.trajectoryId, trajectoryId)).orderBy(desc(auditLog.id)).limit(limit);
