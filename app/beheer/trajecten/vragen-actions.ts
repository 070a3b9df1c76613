"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";
import { setTrajectoryQuestionPeriod } from "@/lib/questions/period-writes";
import { createRound } from "@/lib/questions/round-writes";
import { createTrajectoryRoundInput, trajectoryQuestionPeriodInput } from "@/lib/questions/validation";

// The questions about a trajectory as a whole; merging, answering and the round's steps share the
// consultation's actions (`app/beheer/consultaties/vragen-actions.ts`), which work on either subject.
export const setTrajectoryQuestionPeriodAction = formAction({
  permission: "question.administer",
  schema: trajectoryQuestionPeriodInput,
  run: async (ctx, input) => {
    await setTrajectoryQuestionPeriod(ctx, input);
    revalidatePath("/beheer/trajecten/[id]/vragen", "layout");
    revalidatePath(`/trajecten/${input.trajectoryId}/vragen`);
    return { message: t("questions.periodSaved") };
  },
});

export const createTrajectoryRoundAction = formAction({
  permission: "question.administer",
  schema: createTrajectoryRoundInput,
  run: async (ctx, input) => {
    const { id } = await createRound(ctx, input);
    return { redirectTo: `/beheer/trajecten/${input.trajectoryId}/vragen/ronde/${id}` };
  },
});
