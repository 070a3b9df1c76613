import { eq } from "drizzle-orm";
import { qaPeriods, qaTrajectoryPeriods } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { questionPeriodEnd } from "./state-machine";

/** The moment the question period of a consultation ends. */
export async function questionPeriodOf(db: Executor, consultation: { id: string; closesAt: Date }) {
  const [row] = await db
    .select({ closesAt: qaPeriods.closesAt })
    .from(qaPeriods)
    .where(eq(qaPeriods.consultationId, consultation.id));
  const own = row?.closesAt ?? null;
  return { own, ends: questionPeriodEnd(consultation.closesAt, own) };
}

/** The officer's earlier end of the questions about a trajectory as a whole, if one was set. */
export async function trajectoryQuestionPeriodOf(db: Executor, trajectoryId: string): Promise<Date | null> {
  const [row] = await db
    .select({ closesAt: qaTrajectoryPeriods.closesAt })
    .from(qaTrajectoryPeriods)
    .where(eq(qaTrajectoryPeriods.trajectoryId, trajectoryId));
  return row?.closesAt ?? null;
}
