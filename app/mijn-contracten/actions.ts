"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { formAction, type ActionContext } from "@/lib/http/form-action";
import { siteUrl } from "@/lib/http/site-url";
import { t } from "@/lib/i18n";
import { responseInput } from "@/lib/contract/validation";
import { escalationUploadInput } from "@/lib/escalation/validation";
import { reportRealisation, submitImprovementPlan } from "@/lib/escalation/writes";
import { respondToMeasurement } from "@/lib/kpi/writes";
import { deliveryInput } from "@/lib/performance/validation";
import { contractReportInput } from "@/lib/contract/meeting-validation";
import { submitContractReport } from "@/lib/contract/meetings";
import { deliverAgreementReport } from "@/lib/performance/writes";

// The coarse permission admits any approved provider member; each domain write checks it is their own contract.
const fileOf = (formData: FormData) => ({ file: formData.get("file") ?? undefined });

/** A provider's write on its own contract: run it, refresh the provider's pages, confirm in Dutch. */
function ownContractAction<S extends z.ZodType>(
  schema: S,
  write: (ctx: ActionContext, input: z.infer<S>) => Promise<unknown>,
  messageKey: string,
  withFile = false,
) {
  return formAction({
    permission: "contract.list_own",
    schema,
    extra: withFile ? fileOf : undefined,
    run: async (ctx, input) => {
      await write(ctx, input);
      revalidatePath("/mijn-contracten", "layout");
      return { message: t(messageKey) };
    },
  });
}

export const respondToResultAction = ownContractAction(responseInput, respondToMeasurement, "kpi.responseSaved");
export const submitPlanAction = ownContractAction(
  escalationUploadInput,
  submitImprovementPlan,
  "ladder.planSubmitted",
  true,
);
export const reportRealisationAction = ownContractAction(
  escalationUploadInput,
  reportRealisation,
  "ladder.realisationReported",
  true,
);
export const deliverAgreementAction = ownContractAction(
  deliveryInput,
  deliverAgreementReport,
  "agreement.deliveredMessage",
  true,
);
export const deliverInterimAction = ownContractAction(
  deliveryInput,
  (ctx, input) => deliverAgreementReport({ ...ctx, site: siteUrl() }, input),
  "agreement.interimDeliveredMessage",
  true,
);
export const submitContractReportAction = ownContractAction(
  contractReportInput,
  submitContractReport,
  "cmMeeting.reportSaved",
);
