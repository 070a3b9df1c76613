import type { Executor } from "@/db/connection";
import { publishFeedback } from "@/lib/consultation/feedback";
import { reviewFeedback, saveFeedbackDraft, submitFeedback } from "@/lib/consultation/feedback-review";
import { saveResponse } from "@/lib/consultation/responses";
import { inviteParticipants, publishConsultation } from "@/lib/consultation/writes";
import * as data from "./dialogue-data";
import {
  answers,
  BELEID,
  CLIENTENRAAD,
  create,
  INKOPER,
  questionIds,
  ZORGGROEP,
  ZZP,
  type Ids,
} from "./dialogue-steps";
import { dayAt, DEMO_ORIGIN, type Replay } from "./replay";
import { lookup } from "./trajectories";

/** An oral consultation: the invitees meet in a session (see dialogue-minutes.ts for its minutes). */
export async function oralConsultation(replay: Replay, ids: Ids, now: Date): Promise<string> {
  const id = await create(replay, dayAt(now, -42, 9), {
    trajectoryId: lookup(ids.trajectories, "Huishoudelijke ondersteuning Zaanstad (open house)"),
    phase: "choices",
    title: data.DEMO_CONSULTATIONS.oral,
    introduction: data.ORAL_INTRODUCTION,
    openness: "closed",
    form: "oral",
    interaction: "non_interactive",
    audience: "providers",
    opensAt: dayAt(now, -38, 8),
    closesAt: dayAt(now, -20, 16),
    questions: data.ORAL_QUESTIONS,
  });
  const invited = ["Wijkzorg Waterland", "Thuiszorg Weelzicht", "Huishoudhulp Oostzaan & Co"].map((name) =>
    lookup(ids.providers, name),
  );
  await replay.as(INKOPER, dayAt(now, -42, 10), (ctx) =>
    inviteParticipants(ctx, { consultationId: id, providerIds: invited, userIds: [] }, DEMO_ORIGIN),
  );
  await replay.as(INKOPER, dayAt(now, -40, 9), (ctx) => publishConsultation(ctx, id, DEMO_ORIGIN));
  return id;
}

/** Closed three weeks ago; the municipality published what it heard and what it does with it. */
export async function feedbackConsultation(tx: Executor, replay: Replay, ids: Ids, now: Date): Promise<string> {
  const id = await create(replay, dayAt(now, -50, 9), {
    trajectoryId: lookup(ids.trajectories, "Dyslexiezorg 2027"),
    phase: "choices",
    title: data.DEMO_CONSULTATIONS.feedback,
    introduction: data.FEEDBACK_INTRODUCTION,
    openness: "open",
    form: "written",
    interaction: "non_interactive",
    audience: "both",
    opensAt: dayAt(now, -45, 8),
    closesAt: dayAt(now, -21, 16),
    questions: data.FEEDBACK_QUESTIONS,
  });
  await replay.as(INKOPER, dayAt(now, -46, 9), (ctx) => publishConsultation(ctx, id, DEMO_ORIGIN));
  const q = await questionIds(tx, id);
  const responses: [string, Date, string[]][] = [
    [
      ZORGGROEP,
      dayAt(now, -35, 10),
      ["Dossiers komen onvolledig binnen; we sturen er vier op de tien terug.", "Een onafhankelijk poortwachter"],
    ],
    [ZZP, dayAt(now, -30, 15), ["Scholen weten niet welke toetsen nodig zijn.", "De zorgaanbieder"]],
    [
      CLIENTENRAAD,
      dayAt(now, -25, 20),
      ["Ouders wachten maanden op een besluit en horen niets.", "Een onafhankelijk poortwachter"],
    ],
  ];
  for (const [email, at, values] of responses)
    await replay.as(email, at, (ctx) =>
      saveResponse(ctx, { consultationId: id, baseVersion: 0, intent: "submit", values: answers(q, values) }, at),
    );
  // Four eyes: the policy officer writes and submits, the buyer approves, then it is published.
  await replay.as(BELEID, dayAt(now, -10, 9), (ctx) =>
    saveFeedbackDraft(
      ctx,
      { consultationId: id, revision: 0, feedback: data.FEEDBACK_REPORT, dismissedFindings: [] },
      dayAt(now, -10, 9),
    ),
  );
  await replay.as(BELEID, dayAt(now, -10, 9), (ctx) => submitFeedback(ctx, id, DEMO_ORIGIN));
  await replay.as(INKOPER, dayAt(now, -10, 10), (ctx) =>
    reviewFeedback(ctx, { consultationId: id, decision: "approve", remarks: "" }, DEMO_ORIGIN),
  );
  await replay.as(BELEID, dayAt(now, -10, 11), (ctx) =>
    publishFeedback(ctx, { consultationId: id }, DEMO_ORIGIN, dayAt(now, -10, 11)),
  );
  return id;
}
