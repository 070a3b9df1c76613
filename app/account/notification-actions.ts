"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";
import { preferencesInput, savePreferences } from "@/lib/notifications/preferences";

export const savePreferencesAction = formAction({
  permission: "account.view",
  schema: preferencesInput,
  run: async (ctx, input) => {
    await savePreferences(ctx, input);
    revalidatePath("/account");
    return { message: t("notificationPreferences.saved") };
  },
});
