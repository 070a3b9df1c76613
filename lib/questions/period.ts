import { eq } from "drizzle-orm";
import { qaPeriods } from "@/db/schema";
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
