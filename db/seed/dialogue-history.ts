import { eq } from "drizzle-orm";
import { consultations } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { insertConsultations, type DialogueIds } from "./dialogue";
import { insertOralSession } from "./dialogue-minutes";
import { createReplay } from "./replay";
import { insertTableHistory, type TableHistory } from "./table-history";

export type DialogueDemo = DialogueIds & { oralSession: string; table: TableHistory };

/**
 * The dialogue as it has run up to today, replayed through the portal's own writes: consultations in every
 * state, the oral consultation's session with published and corrected minutes, and the table's past sessions.
 * Every date is relative to `now`, so the demo never expires.
 */
export async function insertDialogueHistory(tx: Executor, now = new Date()): Promise<DialogueDemo> {
  const replay = await createReplay(tx);
  const table = await insertTableHistory(tx, replay, now);
  const ids = await insertConsultations(tx, replay, now);
  const [oral] = await tx.select().from(consultations).where(eq(consultations.id, ids.oral));
  const oralSession = await insertOralSession(tx, replay, oral!, now);
  return { ...ids, oralSession, table };
}
