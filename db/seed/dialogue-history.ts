import { eq } from "drizzle-orm";
import { consultations, trajectories } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { insertConsultations, type DialogueIds } from "./dialogue";
import { insertOralSession } from "./dialogue-minutes";
import { insertKpiImport } from "./kpi-data";
import { insertQuestionRounds } from "./question-rounds";
import { createReplay } from "./replay";
import { insertTableHistory, type TableHistory } from "./table-history";

/** The public trajectory in its analysis phase, where questions about the trajectory as a whole are asked. */
export const TRAJECTORY_IN_ANALYSIS = "Jeugdhulp ambulant regio Zaanstreek-Waterland";

export type DialogueDemo = DialogueIds & { oralSession: string; table: TableHistory };

/**
 * The dialogue as it has run up to today, replayed through the portal's own writes: consultations in every
 * state, the oral consultation's session with published and corrected minutes, the table's past sessions, the
 * question rounds of the open consultation and of a trajectory as a whole, and a year of imported KPI data.
 * Every date is relative to `now`, so the demo never expires.
 */
export async function insertDialogueHistory(tx: Executor, now = new Date()): Promise<DialogueDemo> {
  const replay = await createReplay(tx);
  const table = await insertTableHistory(tx, replay, now);
  const ids = await insertConsultations(tx, replay, now);
  const [oral] = await tx.select().from(consultations).where(eq(consultations.id, ids.oral));
  const oralSession = await insertOralSession(tx, replay, oral!, now);
  const [inAnalysis] = await tx
    .select({ id: trajectories.id })
    .from(trajectories)
    .where(eq(trajectories.title, TRAJECTORY_IN_ANALYSIS));
  await insertQuestionRounds(tx, replay, { openConsultation: ids.open, trajectoryInAnalysis: inAnalysis!.id }, now);
  await insertKpiImport(tx, replay, now);
  return { ...ids, oralSession, table };
}
