"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";
import { retryDeadAsAdmin, retryDeadInput } from "@/lib/messaging/admin";

export const retryDeadAction = formAction({
  permission: "outbox.retry",
  schema: retryDeadInput,
  run: async (ctx, input) => {
    const n = await retryDeadAsAdmin(ctx, input);
    revalidatePath("/beheer/uitgaande-post");
    return { message: t("outbox.retried", { n }) };
  },
});
