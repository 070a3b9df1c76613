"use server";

import { revalidatePath } from "next/cache";
import { updatePhaseGuidance } from "@/lib/guidance/update";
import { guidanceInput } from "@/lib/guidance/validation";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";

export const updateGuidanceAction = formAction({
  permission: "guidance.edit",
  schema: guidanceInput,
  run: async (ctx, input) => {
    await updatePhaseGuidance(ctx, input);
    revalidatePath("/beheer/handreiking");
    return { message: t("guidanceAdmin.saved") };
  },
});
