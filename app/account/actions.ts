"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";
import { updateOwnProfile } from "@/lib/users/profile";
import { profileInput } from "@/lib/users/validation";

export const updateProfileAction = formAction({
  permission: "account.view",
  schema: profileInput,
  run: async (ctx, input) => {
    await updateOwnProfile(ctx, input);
    revalidatePath("/account");
    return { message: t("account.saved") };
  },
});
