"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { markAllRead } from "@/db/queries/messaging";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";

export const markAllReadAction = formAction({
  permission: "account.view",
  schema: z.strictObject({}),
  run: async (ctx) => {
    await markAllRead(ctx.db, ctx.actor.id);
    revalidatePath("/meldingen");
    return { message: t("notificationsPage.marked") };
  },
});
