import { and, eq, inArray } from "drizzle-orm";
import { consultationChanges, qaQuestions, qaRounds } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { approverRefusal, questionDocument, roundProblems, type RoundItem } from "./round";
import { canMoveRound } from "./state-machine";
import { withToucher } from "@/lib/review/four-eyes";
import { sameSubject } from "./subject";

// Starting a round lives next door; it is part of the same set of round writes.
export { createRound } from "./round-create";

type Ctx = WriteContext & { actor: Actor };

export async function lockRound(tx: Executor, roundId: string) {
  const [round] = await tx.select().from(qaRounds).where(eq(qaRounds.id, roundId)).for("update");
  if (!round) throw new NotFoundError("round");
  return round;
}

/** The round's questions as the round rules and the published document see them, in asking order. */
export async function roundItems(tx: Executor, roundId: string): Promise<RoundItem[]> {
  const rows = await tx
    .select({ q: qaQuestions, changeSummary: consultationChanges.summary })
    .from(qaQuestions)
    .leftJoin(consultationChanges, eq(consultationChanges.id, qaQuestions.changeId))
    .where(eq(qaQuestions.roundId, roundId))
    .orderBy(qaQuestions.askedAt);
  const ids = rows.map((r) => r.q.id);
  const merged = ids.length
    ? await tx
        .select({ into: qaQuestions.mergedInto })
        .from(qaQuestions)
        .where(and(eq(qaQuestions.state, "merged"), inArray(qaQuestions.mergedInto, ids)))
    : [];
  return rows.map(({ q, changeSummary }) => ({
    id: q.id,
    state: q.state,
    answerState: q.answerState,
    publicQuestion: q.publicQuestion ?? questionDocument(q.body),
    answer: q.answer,
    touchedBy: q.touchedBy,
    changeSummary,
    mergedCount: merged.filter((m) => m.into === q.id).length,
  }));
}

const audit = (
  ctx: Ctx,
  tx: Executor,
  action: string,
  round: { id: string },
  trajectoryId: string,
  details?: Record<string, unknown>,
) =>
  recordAudit({ ...ctx, db: tx }, { action, objectType: "question_round", objectId: round.id, trajectoryId, details });

/** Adds a received question to a draft round or takes it out again. */
export async function setRoundMembership(
  ctx: Ctx,
  input: { roundId: string; questionId: string; intent: "add" | "remove" },
) {
  await ctx.db.transaction(async (tx) => {
    const round = await lockRound(tx, input.roundId);
    if (round.state !== "draft") throw new DomainRuleError(t("questions.roundNotDraft"));
    const [q] = await tx.select().from(qaQuestions).where(eq(qaQuestions.id, input.questionId)).for("update");
    if (!q || !sameSubject(q, round)) throw new NotFoundError("question");
    if (input.intent === "add") {
      if (q.state !== "received" || q.roundId !== null) throw new DomainRuleError(t("questions.notAddable"));
      await tx.update(qaQuestions).set({ roundId: round.id }).where(eq(qaQuestions.id, q.id));
    } else {
      if (q.roundId !== round.id || q.state !== "received") throw new DomainRuleError(t("questions.notEditable"));
      await tx.update(qaQuestions).set({ roundId: null }).where(eq(qaQuestions.id, q.id));
    }
    await tx
      .update(qaRounds)
      .set({ touchedBy: withToucher(round.touchedBy, ctx.actor.id) })
      .where(eq(qaRounds.id, round.id));
    await audit(ctx, tx, `question_round.${input.intent}`, round, q.trajectoryId, { questionId: q.id });
  });
}

/** Offers a round for review: refused without questions or while an answer is still a draft. */
export async function submitRound(ctx: Ctx, roundId: string): Promise<void> {
  const outcome = await ctx.db.transaction(async (tx) => {
    const round = await lockRound(tx, roundId);
    const trajectoryId = round.trajectoryId;
    if (!canMoveRound(round.state, "submitted"))
      return { refused: "not_draft", message: t("questions.roundNotDraft"), trajectoryId };
    const problems = roundProblems(await roundItems(tx, roundId));
    if (problems.length) return { refused: "incomplete", message: problems.join(" "), trajectoryId };
    await tx
      .update(qaRounds)
      .set({
        state: "submitted",
        submittedBy: ctx.actor.id,
        submittedAt: new Date(),
        touchedBy: withToucher(round.touchedBy, ctx.actor.id),
        reviewRemarks: null,
      })
      .where(eq(qaRounds.id, round.id));
    await audit(ctx, tx, "question_round.submit", round, trajectoryId);
    return null;
  });
  if (outcome) await refuse(ctx, "question_round.submit", roundId, outcome);
}

/** A second officer approves or sends back; nobody who touched the round may approve it. */
export async function reviewRound(
  ctx: Ctx,
  input: { roundId: string; decision: "approve" | "send_back"; remarks: string },
) {
  const outcome = await ctx.db.transaction(async (tx) => {
    const round = await lockRound(tx, input.roundId);
    const trajectoryId = round.trajectoryId;
    const items = await roundItems(tx, round.id);
    if (input.decision === "send_back") {
      if (round.state !== "submitted" && round.state !== "approved")
        return { refused: "not_submitted", message: t("questions.roundNotSubmitted"), trajectoryId };
      await tx
        .update(qaRounds)
        .set({
          state: "draft",
          reviewRemarks: input.remarks,
          reviewedBy: null,
          reviewedAt: null,
          submittedBy: null,
          submittedAt: null,
        })
        .where(eq(qaRounds.id, round.id));
      await audit(ctx, tx, "question_round.send_back", round, trajectoryId);
      return null;
    }
    const refusal = approverRefusal(round, items, ctx.actor.id);
    if (refusal)
      return {
        refused: round.state !== "submitted" ? "not_submitted" : "approver_touched",
        message: refusal,
        trajectoryId,
      };
    await tx
      .update(qaRounds)
      .set({
        state: "approved",
        reviewedBy: ctx.actor.id,
        reviewedAt: new Date(),
        reviewRemarks: input.remarks || null,
      })
      .where(eq(qaRounds.id, round.id));
    await audit(ctx, tx, "question_round.approve", round, trajectoryId);
    return null;
  });
  if (outcome) await refuse(ctx, "question_round.review", input.roundId, outcome);
}

/** Reopens a published round for a correction; publishing it again writes the next version. */
export async function reopenRound(ctx: Ctx, roundId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const round = await lockRound(tx, roundId);
    if (round.state !== "published") throw new DomainRuleError(t("questions.roundNotPublished"));
    const trajectoryId = round.trajectoryId;
    await tx
      .update(qaRounds)
      .set({ state: "draft", touchedBy: [ctx.actor.id] })
      .where(eq(qaRounds.id, round.id));
    // Its answers can be corrected again; they stay answered for their askers meanwhile.
    await tx.update(qaQuestions).set({ touchedBy: [] }).where(eq(qaQuestions.roundId, round.id));
    await audit(ctx, tx, "question_round.reopen", round, trajectoryId);
  });
}

/** A refusal is audited after the transaction, which changed nothing, and shown in Dutch. */
export async function refuse(
  ctx: Ctx,
  action: string,
  roundId: string,
  outcome: { refused: string; message: string; trajectoryId: string; field?: string },
): Promise<never> {
  await recordAudit(ctx, {
    action,
    objectType: "question_round",
    objectId: roundId,
    trajectoryId: outcome.trajectoryId,
    result: "denied",
    details: { reason: outcome.refused },
  });
  throw new DomainRuleError(outcome.message, outcome.field);
}
