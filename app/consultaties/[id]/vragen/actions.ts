"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";
import { askQuestion } from "@/lib/questions/ask-writes";
import { askQuestionInput } from "@/lib/questions/validation";

// Who may ask is decided in the domain (open, period, invited, audience), which audits a refusal.
export const askQuestionAction = formAction({
  permission: "account.view",
  schema: askQuestionInput,
  run: async (ctx, input) => {
    await askQuestion(ctx, input);
    revalidatePath(`/consultaties/${input.consultationId}/vragen`);
    return { message: t("questions.asked") };
  },
});
