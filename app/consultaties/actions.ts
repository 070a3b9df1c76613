"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { commentInput, flagComment, flagInput, hideComment, hideInput, postComment } from "@/lib/consultation/comments";
import { saveResponse } from "@/lib/consultation/responses";
import { formAction } from "@/lib/http/form-action";
import { formatDateTime, t } from "@/lib/i18n";

// The answers themselves are checked against the consultation's questions in the domain.
const responseInput = z
  .object({
    consultationId: z.uuid(),
    baseVersion: z.coerce.number().int().min(0),
    intent: z.enum(["draft", "submit"]),
  })
  .catchall(z.union([z.string(), z.array(z.string())]));

export const saveResponseAction = formAction({
  permission: "account.view",
  schema: responseInput,
  arrayFields: (key) => key.startsWith("answer_"),
  run: async (ctx, input) => {
    const { consultationId, baseVersion, intent, ...values } = input;
    const saved = await saveResponse(ctx, {
      consultationId,
      baseVersion,
      intent,
      values,
    });
    if (intent === "submit") revalidatePath(`/consultaties/${consultationId}`);
    return {
      message:
        intent === "submit"
          ? t("consultation.receipt", { at: formatDateTime(saved.submittedAt ?? new Date()) })
          : t("consultation.draftSaved", { at: formatDateTime(new Date()) }),
      meta: { version: String(saved.version), status: saved.status },
    };
  },
});

export const postCommentAction = formAction({
  permission: "account.view",
  schema: commentInput,
  run: async (ctx, input) => {
    await postComment(ctx, input);
    revalidatePath(`/consultaties/${input.consultationId}`);
    return { message: t("consultation.posted") };
  },
});

export const flagCommentAction = formAction({
  permission: "account.view",
  schema: flagInput,
  run: async (ctx, input) => {
    await flagComment(ctx, input.commentId);
    return { message: t("consultation.flagged") };
  },
});

export const hideCommentAction = formAction({
  permission: "consultation.administer",
  schema: hideInput,
  run: async (ctx, input) => {
    await hideComment(ctx, input);
    revalidatePath("/consultaties/[id]", "page");
    return { message: t("consultation.hidden") };
  },
});
