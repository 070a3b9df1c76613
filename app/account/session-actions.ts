"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentSessionId } from "@/lib/auth/current-actor";
import { signOutElsewhere } from "@/lib/auth/session-writes";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";

export const signOutElsewhereAction = formAction({
  permission: "session.end_own",
  schema: z.object({}).strict(),
  run: async (ctx) => {
    const current = await getCurrentSessionId();
    // formAction found a signed-in actor, so this request has a session; without one nothing is ended.
    if (!current) return { message: t("errors.sessionExpired") };
    const ended = await signOutElsewhere(ctx, current);
    revalidatePath("/account");
    return { message: t("sessions.signedOutElsewhere", { n: ended }) };
  },
});
