import { and, eq } from "drizzle-orm";
import { consultationChanges, qaQuestions, qaRounds } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { plainTextOf } from "@/lib/rich-text/schema";
import { answerStateAfterSave, canMoveQuestion, questionEditable } from "./state-machine";
import { sameSubject, subjectOf, type QuestionSubject } from "./subject";
import type { SaveAnswerInput } from "./validation";

type Ctx = WriteContext & { actor: Actor };

export async function lockQuestion(tx: Executor, questionId: string) {
  const [q] = await tx.select().from(qaQuestions).where(eq(qaQuestions.id, questionId)).for("update");
  if (!q) throw new NotFoundError("question");
  const [round] = q.roundId ? await tx.select().from(qaRounds).where(eq(qaRounds.id, q.roundId)).for("update") : [];
  return { q, round: round ?? null };
}

const touch = (list: readonly string[], id: string) => [...new Set([...list, id])];

/**
 * Saves the public copy of a question and its answer (both with redaction marks) as a draft or fixed.
 * Who saves is recorded on the question and on its round: they may not approve that round.
 */
export async function saveAnswer(ctx: Ctx, input: SaveAnswerInput): Promise<QuestionSubject> {
  return ctx.db.transaction(async (tx) => {
    const { q, round } = await lockQuestion(tx, input.questionId);
    if (!questionEditable(q, round)) throw new DomainRuleError(t("questions.notEditable"));
    if (input.revision !== q.revision) throw new DomainRuleError(t("questions.staleRevision"));
    if (input.changeId) {
      // Only a consultation has a text to change; a question about the trajectory as a whole has none.
      if (!q.consultationId) throw new DomainRuleError(t("questions.unknownChange"), "changeId");
      const [change] = await tx
        .select({ id: consultationChanges.id })
        .from(consultationChanges)
        .where(
          and(eq(consultationChanges.id, input.changeId), eq(consultationChanges.consultationId, q.consultationId)),
        );
      if (!change) throw new DomainRuleError(t("questions.unknownChange"), "changeId");
    }
    const hasAnswer = plainTextOf(input.answer).trim().length > 0;
    if (input.fixed === "1" && !hasAnswer) throw new DomainRuleError(t("questions.answerRequired"), "answer");
    if (plainTextOf(input.publicQuestion).trim().length === 0)
      throw new DomainRuleError(t("questions.publicQuestionRequired"), "publicQuestion");
    await tx
      .update(qaQuestions)
      .set({
        publicQuestion: input.publicQuestion,
        questionDismissed: input.questionDismissed,
        answer: hasAnswer ? input.answer : null,
        answerDismissed: input.answerDismissed,
        answerState: answerStateAfterSave(hasAnswer, input.fixed === "1"),
        changeId: input.changeId || null,
        touchedBy: touch(q.touchedBy, ctx.actor.id),
        revision: q.revision + 1,
        updatedAt: new Date(),
      })
      .where(eq(qaQuestions.id, q.id));
    if (round)
      await tx
        .update(qaRounds)
        .set({ touchedBy: touch(round.touchedBy, ctx.actor.id) })
        .where(eq(qaRounds.id, round.id));
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "question.answer",
        objectType: "question",
        objectId: q.id,
        trajectoryId: q.trajectoryId,
        details: { fixed: input.fixed === "1", changesText: Boolean(input.changeId) },
      },
    );
    return subjectOf(q);
  });
}

/**
 * Merges a duplicate into another question of the same consultation (or trajectory as a whole); the asker
 * sees it as merged.
 */
export async function mergeQuestion(ctx: Ctx, input: { questionId: string; intoId: string }): Promise<QuestionSubject> {
  if (input.questionId === input.intoId) throw new DomainRuleError(t("questions.mergeSelf"), "intoId");
  return ctx.db.transaction(async (tx) => {
    const { q, round } = await lockQuestion(tx, input.questionId);
    const [target] = await tx.select().from(qaQuestions).where(eq(qaQuestions.id, input.intoId));
    if (!target || !sameSubject(target, q))
      throw new DomainRuleError(
        t(q.consultationId ? "questions.mergeUnknown" : "questions.mergeUnknownTrajectory"),
        "intoId",
      );
    if (target.state === "merged" || target.state === "declined")
      throw new DomainRuleError(t("questions.mergeTargetClosed"), "intoId");
    if (!canMoveQuestion(q.state, "merged") || (round && round.state !== "draft"))
      throw new DomainRuleError(t("questions.notEditable"));
    await tx
      .update(qaQuestions)
      .set({ state: "merged", mergedInto: target.id, roundId: null, updatedAt: new Date(), revision: q.revision + 1 })
      .where(eq(qaQuestions.id, q.id));
    // Questions merged into this one follow it.
    await tx
      .update(qaQuestions)
      .set({ mergedInto: target.id })
      .where(and(eq(qaQuestions.mergedInto, q.id), eq(qaQuestions.state, "merged")));
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "question.merge",
        objectType: "question",
        objectId: q.id,
        trajectoryId: q.trajectoryId,
        details: { into: target.id },
      },
    );
    return subjectOf(q);
  });
}

/** Declines a question with a reason the asker reads. */
export async function declineQuestion(
  ctx: Ctx,
  input: { questionId: string; reason: string },
): Promise<QuestionSubject> {
  return ctx.db.transaction(async (tx) => {
    const { q, round } = await lockQuestion(tx, input.questionId);
    if (!canMoveQuestion(q.state, "declined") || (round && round.state !== "draft"))
      throw new DomainRuleError(t("questions.notEditable"));
    await tx
      .update(qaQuestions)
      .set({
        state: "declined",
        declineReason: input.reason,
        roundId: null,
        updatedAt: new Date(),
        revision: q.revision + 1,
      })
      .where(eq(qaQuestions.id, q.id));
    await recordAudit(
      { ...ctx, db: tx },
      { action: "question.decline", objectType: "question", objectId: q.id, trajectoryId: q.trajectoryId },
    );
    return subjectOf(q);
  });
}

/** Takes a merge or a decline back: the question is received again. */
export async function reopenQuestion(ctx: Ctx, questionId: string): Promise<QuestionSubject> {
  return ctx.db.transaction(async (tx) => {
    const { q } = await lockQuestion(tx, questionId);
    if (!canMoveQuestion(q.state, "received")) throw new DomainRuleError(t("questions.notEditable"));
    await tx
      .update(qaQuestions)
      .set({
        state: "received",
        mergedInto: null,
        declineReason: null,
        updatedAt: new Date(),
        revision: q.revision + 1,
      })
      .where(eq(qaQuestions.id, q.id));
    await recordAudit(
      { ...ctx, db: tx },
      { action: "question.reopen", objectType: "question", objectId: q.id, trajectoryId: q.trajectoryId },
    );
    return subjectOf(q);
  });
}
