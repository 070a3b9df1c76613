import { asc, eq } from "drizzle-orm";
import { phaseGuidance } from "@/db/schema";
import type { Executor } from "@/db/connection";
import type { Phase } from "@/lib/trajectory/constants";

export const listGuidance = (db: Executor, phase?: Phase) =>
  db
    .select()
    .from(phaseGuidance)
    .where(phase ? eq(phaseGuidance.phase, phase) : undefined)
    .orderBy(asc(phaseGuidance.position));
