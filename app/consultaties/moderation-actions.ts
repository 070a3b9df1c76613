"use server";

import { revalidatePath } from "next/cache";
import { editComment, editCommentInput, unhideComment, unhideInput } from "@/lib/consultation/moderation";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";

export const editCommentAction = formAction({
  permission: "account.view",
  schema: editCommentInput,
  run: async (ctx, input) => {
    await editComment(ctx, input);
    revalidatePath("/consultaties/[id]", "page");
    return { message: t("moderation.editSaved") };
  },
});

export const unhideCommentAction = formAction({
  permission: "consultation.administer",
  schema: unhideInput,
  run: async (ctx, input) => {
    await unhideComment(ctx, input);
    revalidatePath("/beheer/moderatie");
    revalidatePath("/consultaties/[id]", "page");
    return { message: t("moderation.unhidden") };
  },
});
