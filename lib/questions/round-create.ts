import { eq } from "drizzle-orm";
import { consultations, qaRounds, trajectories } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { nextRoundNumber } from "./round";
import { subjectWhere, type QuestionSubject } from "./subject";

type Ctx = WriteContext & { actor: Actor };

/** The subject a new round is for, checked to exist: a consultation, or a trajectory as a whole. */
async function subjectFor(
  tx: Executor,
  input: { consultationId: string } | { trajectoryId: string },
): Promise<QuestionSubject> {
  if ("consultationId" in input) {
    const [c] = await tx
      .select({ trajectoryId: consultations.trajectoryId })
      .from(consultations)
      .where(eq(consultations.id, input.consultationId));
    if (!c) throw new NotFoundError("consultation");
    return { consultationId: input.consultationId, trajectoryId: c.trajectoryId };
  }
  const [tr] = await tx
    .select({ id: trajectories.id })
    .from(trajectories)
    .where(eq(trajectories.id, input.trajectoryId));
  if (!tr) throw new NotFoundError("trajectory");
  return { consultationId: null, trajectoryId: tr.id };
}

/**
 * Starts the next numbered round of a consultation, or of the trajectory-wide series, with its planned
 * publication date. The numbers of each series are unique (partial unique indexes).
 */
export async function createRound(
  ctx: Ctx,
  input: ({ consultationId: string } | { trajectoryId: string }) & { plannedAt: Date | "" },
): Promise<{ id: string; number: number }> {
  return ctx.db.transaction(async (tx) => {
    const subject = await subjectFor(tx, input);
    const existing = await tx.select({ number: qaRounds.number }).from(qaRounds).where(subjectWhere(qaRounds, subject));
    const number = nextRoundNumber(existing.map((r) => r.number));
    const [row] = await tx
      .insert(qaRounds)
      .values({
        ...subject,
        number,
        plannedAt: input.plannedAt || null,
        createdBy: ctx.actor.id,
        touchedBy: [ctx.actor.id],
      })
      .returning({ id: qaRounds.id });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "question_round.create",
        objectType: "question_round",
        objectId: row!.id,
        trajectoryId: subject.trajectoryId,
        details: { number, consultationId: subject.consultationId },
      },
    );
    return { id: row!.id, number };
  });
}
