"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";
import { replyInput, replyToInvitation } from "@/lib/meeting/replies";

export const replyToInvitationAction = formAction({
  permission: "account.view",
  schema: replyInput,
  run: async (ctx, input) => {
    await replyToInvitation(ctx, input);
    revalidatePath(`/bijeenkomsten/${input.meetingId}`);
    return { message: t(`meetingReply.saved_${input.reply}`) };
  },
});
