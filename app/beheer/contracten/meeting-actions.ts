"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { contractMeetingInput } from "@/lib/contract/meeting-validation";
import { createContractMeeting } from "@/lib/contract/meetings";

export const createContractMeetingAction = formAction({
  permission: "meeting.administer",
  schema: contractMeetingInput,
  run: async (ctx, input) => {
    const { id } = await createContractMeeting(ctx, input);
    revalidatePath(`/beheer/contracten/${input.contractId}`);
    // Invitations and minutes are handled on the meeting's own page, as for every meeting.
    return { redirectTo: `/beheer/bijeenkomsten/${id}?aangemaakt=1` };
  },
});
