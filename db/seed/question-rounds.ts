import { eq } from "drizzle-orm";
import { qaQuestions } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { mergeQuestion, saveAnswer } from "@/lib/questions/answer-writes";
import { askQuestion } from "@/lib/questions/ask-writes";
import { publishRound } from "@/lib/questions/publish";
import { createRound, reviewRound, setRoundMembership, submitRound } from "@/lib/questions/round-writes";
import { askTrajectoryQuestion } from "@/lib/questions/trajectory-ask-writes";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import * as data from "./question-data";
import { BELEID, INKOPER, WIJKZORG, ZORGGROEP, ZZP } from "./dialogue-steps";
import { dayAt, DEMO_ORIGIN, type Replay } from "./replay";

type Part = string | { redact: string };

/** A public copy as the officer leaves it in the editor: plain text, with redacted passages marked. */
function doc(...parts: Part[]): RichTextDoc {
  const content = parts.map((p) =>
    typeof p === "string"
      ? { type: "text" as const, text: p }
      : { type: "text" as const, text: p.redact, marks: [{ type: "redaction" as const, attrs: { ground: "5.1.2f" } }] },
  );
  return { type: "doc", content: [{ type: "paragraph", content }] };
}

async function revisionOf(tx: Executor, questionId: string): Promise<number> {
  const [q] = await tx
    .select({ revision: qaQuestions.revision })
    .from(qaQuestions)
    .where(eq(qaQuestions.id, questionId));
  return q!.revision;
}

/** The officer's public copy of a question and its fixed answer, saved as the editor would. */
async function answer(
  tx: Executor,
  replay: Replay,
  email: string,
  at: Date,
  questionId: string,
  q: RichTextDoc,
  a: string,
) {
  const revision = await revisionOf(tx, questionId);
  await replay.as(email, at, (ctx) =>
    saveAnswer(ctx, {
      questionId,
      revision,
      publicQuestion: q,
      questionDismissed: [],
      answer: doc(a),
      answerDismissed: [],
      fixed: "1",
      changeId: "",
    }),
  );
}

/**
 * A round from composition to publication with four eyes: `author` composes and submits it, `reviewer`, who
 * did not touch it, approves and publishes it. `at` are the four moments of those steps.
 */
async function publishedRound(
  replay: Replay,
  subject: { consultationId: string } | { trajectoryId: string },
  questionIds: string[],
  people: { author: string; reviewer: string },
  at: [created: Date, submitted: Date, approved: Date, published: Date],
) {
  // Composed in one sitting: one replay step, so the seed dates it once.
  const round = await replay.as(people.author, at[0], async (ctx) => {
    const created = await createRound(ctx, { ...subject, plannedAt: "" });
    for (const questionId of questionIds)
      await setRoundMembership(ctx, { roundId: created.id, questionId, intent: "add" });
    return created;
  });
  await replay.as(people.author, at[1], (ctx) => submitRound(ctx, round.id));
  await replay.as(people.reviewer, at[2], (ctx) =>
    reviewRound(ctx, { roundId: round.id, decision: "approve", remarks: "" }),
  );
  await replay.as(people.reviewer, at[3], (ctx) =>
    publishRound(ctx, { roundId: round.id, changeNote: "" }, DEMO_ORIGIN, at[3]),
  );
}

/**
 * The nota van inlichtingen of the open consultation: two providers ask (one quoting its cost price, which the
 * policy officer redacts, one asking the same again, merged), round 1 is published with four eyes, and a later
 * question still waits for an answer, so the officers' list and the reminder have something.
 */
async function consultationRound(tx: Executor, replay: Replay, consultationId: string, now: Date) {
  const ask = (email: string, at: Date, body: string) =>
    replay.as(email, at, (ctx) => askQuestion(ctx, { consultationId, body }, at));
  const { id: cost } = await ask(ZORGGROEP, dayAt(now, -8, 14), data.COST_QUESTION);
  const { id: walkIn } = await ask(ZORGGROEP, dayAt(now, -7, 10), data.WALK_IN_QUESTION);
  const { id: same } = await ask(WIJKZORG, dayAt(now, -7, 16), data.SAME_COST_QUESTION);
  await replay.as(BELEID, dayAt(now, -5, 9), (ctx) => mergeQuestion(ctx, { questionId: same, intoId: cost }));
  const [before, after] = data.COST_QUESTION.split(data.COST_PRICE);
  await answer(
    tx,
    replay,
    BELEID,
    dayAt(now, -5, 9, 30),
    cost,
    doc(before!, { redact: data.COST_PRICE }, after!),
    data.COST_ANSWER,
  );
  await answer(tx, replay, BELEID, dayAt(now, -5, 9, 45), walkIn, doc(data.WALK_IN_QUESTION), data.WALK_IN_ANSWER);
  await publishedRound(replay, { consultationId }, [cost, walkIn], { author: BELEID, reviewer: INKOPER }, [
    dayAt(now, -5, 10),
    dayAt(now, -5, 10, 15),
    dayAt(now, -4, 11),
    dayAt(now, -4, 11, 15),
  ]);
  // Waiting longer than the reminder's two days, during the question period.
  await ask(WIJKZORG, dayAt(now, -4, 15), data.WAITING_QUESTION);
}

/** A question about the trajectory in its analysis phase as a whole, answered in its own published round 1. */
async function trajectoryRound(tx: Executor, replay: Replay, trajectoryId: string, now: Date) {
  const asked = dayAt(now, -6, 13);
  const { id } = await replay.as(ZZP, asked, (ctx) =>
    askTrajectoryQuestion(ctx, { trajectoryId, body: data.TRAJECTORY_QUESTION }, asked),
  );
  await answer(tx, replay, INKOPER, dayAt(now, -4, 14), id, doc(data.TRAJECTORY_QUESTION), data.TRAJECTORY_ANSWER);
  await publishedRound(replay, { trajectoryId }, [id], { author: INKOPER, reviewer: BELEID }, [
    dayAt(now, -4, 14, 10),
    dayAt(now, -4, 14, 20),
    dayAt(now, -3, 9, 30),
    dayAt(now, -3, 10),
  ]);
}

/** Both kinds of question rounds, replayed through the portal's own writes. */
export async function insertQuestionRounds(
  tx: Executor,
  replay: Replay,
  ids: { openConsultation: string; trajectoryInAnalysis: string },
  now: Date,
): Promise<void> {
  await consultationRound(tx, replay, ids.openConsultation, now);
  await trajectoryRound(tx, replay, ids.trajectoryInAnalysis, now);
}
