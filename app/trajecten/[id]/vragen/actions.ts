"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";
import { askTrajectoryQuestion } from "@/lib/questions/trajectory-ask-writes";
import { askTrajectoryQuestionInput } from "@/lib/questions/validation";

// Who may ask (phase, period, visibility, role) and whether the text will do are decided in the domain,
// which audits every refusal.
export const askTrajectoryQuestionAction = formAction({
  permission: "account.view",
  schema: askTrajectoryQuestionInput,
  run: async (ctx, input) => {
    await askTrajectoryQuestion(ctx, input);
    revalidatePath(`/trajecten/${input.trajectoryId}/vragen`);
    return { message: t("questions.asked") };
  },
});
