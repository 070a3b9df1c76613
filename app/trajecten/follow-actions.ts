"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";
import { followInput, setFollowing } from "@/lib/trajectory/follow";

export const followTrajectoryAction = formAction({
  permission: "account.view",
  schema: followInput,
  run: async (ctx, input) => {
    await setFollowing(ctx, input);
    revalidatePath(`/trajecten/${input.trajectoryId}`);
    return { message: t(input.follow === "1" ? "follow.followed" : "follow.unfollowed") };
  },
});
