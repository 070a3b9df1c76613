"use server";

import { revalidatePath } from "next/cache";
import {
  addAttachment,
  attachmentInput,
  removeAttachment,
  removeAttachmentInput,
} from "@/lib/consultation/attachments";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";

export const addAttachmentAction = formAction({
  permission: "account.view",
  schema: attachmentInput,
  extra: (formData) => ({ file: formData.get("file") ?? undefined }),
  run: async (ctx, input) => {
    const added = await addAttachment(ctx, input);
    revalidatePath(`/consultaties/${input.consultationId}`);
    return { message: t("attachments.added", { name: added.fileName }) };
  },
});

export const removeAttachmentAction = formAction({
  permission: "account.view",
  schema: removeAttachmentInput,
  run: async (ctx, input) => {
    await removeAttachment(ctx, input);
    revalidatePath(`/consultaties/${input.consultationId}`);
    return { message: t("attachments.removed") };
  },
});
