import { asc, eq } from "drizzle-orm";
import { phaseGuidance } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { cachedReference } from "@/lib/cache/reference";
import type { Phase } from "@/lib/trajectory/constants";

/** The guidance (of one phase), kept in the process; `updatePhaseGuidance` invalidates it. */
export const listGuidance = (db: Executor, phase?: Phase) =>
  cachedReference(db, "guidance", phase ?? "", () =>
    db
      .select()
      .from(phaseGuidance)
      .where(phase ? eq(phaseGuidance.phase, phase) : undefined)
      .orderBy(asc(phaseGuidance.position)),
  );
