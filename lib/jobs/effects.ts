import { scheduledEffects } from "@/db/schema";
import type { Executor } from "@/db/connection";

/**
 * Claims an effect of a scheduled job on one subject, inside the transaction that carries it out:
 * true the first time, false when it was done before (by this run, an earlier one or another
 * instance). A rollback releases the claim with everything else.
 */
export async function claimEffect(tx: Executor, effect: string, subjectId: string, now: Date): Promise<boolean> {
  const rows = await tx
    .insert(scheduledEffects)
    .values({ effect, subjectId, doneAt: now })
    .onConflictDoNothing()
    .returning({ effect: scheduledEffects.effect });
  return rows.length === 1;
}
