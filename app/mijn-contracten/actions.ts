"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";
import { responseInput } from "@/lib/contract/validation";
import { escalationUploadInput } from "@/lib/escalation/validation";
import { reportRealisation, submitImprovementPlan } from "@/lib/escalation/writes";
import { respondToMeasurement } from "@/lib/kpi/writes";
import { deliveryInput } from "@/lib/performance/validation";
import { contractReportInput } from "@/lib/contract/meeting-validation";
import { submitContractReport } from "@/lib/contract/meetings";
import { deliverAgreementReport } from "@/lib/performance/writes";

// The coarse permission admits any approved provider member; the domain checks it is their own contract.
const fileOf = (formData: FormData) => ({ file: formData.get("file") ?? undefined });

export const respondToResultAction = formAction({
  permission: "contract.list_own",
  schema: responseInput,
  run: async (ctx, input) => {
    await respondToMeasurement(ctx, input);
    revalidatePath("/mijn-contracten", "layout");
    return { message: t("kpi.responseSaved") };
  },
});

export const submitPlanAction = formAction({
  permission: "contract.list_own",
  schema: escalationUploadInput,
  extra: fileOf,
  run: async (ctx, input) => {
    await submitImprovementPlan(ctx, input);
    revalidatePath("/mijn-contracten", "layout");
    return { message: t("ladder.planSubmitted") };
  },
});

export const reportRealisationAction = formAction({
  permission: "contract.list_own",
  schema: escalationUploadInput,
  extra: fileOf,
  run: async (ctx, input) => {
    await reportRealisation(ctx, input);
    revalidatePath("/mijn-contracten", "layout");
    return { message: t("ladder.realisationReported") };
  },
});

export const deliverAgreementAction = formAction({
  permission: "contract.list_own",
  schema: deliveryInput,
  extra: fileOf,
  run: async (ctx, input) => {
    await deliverAgreementReport(ctx, input);
    revalidatePath("/mijn-contracten", "layout");
    return { message: t("agreement.deliveredMessage") };
  },
});

export const submitContractReportAction = formAction({
  permission: "contract.list_own",
  schema: contractReportInput,
  run: async (ctx, input) => {
    await submitContractReport(ctx, input);
    revalidatePath("/mijn-contracten", "layout");
    return { message: t("cmMeeting.reportSaved") };
  },
});
