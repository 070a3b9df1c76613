"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { siteUrl } from "@/lib/http/site-url";
import { t } from "@/lib/i18n";
import {
  agreementInput,
  interimRequestInput,
  requestDeliveryInput,
  sampleCheckInput,
} from "@/lib/performance/validation";
import { requestInterimReport } from "@/lib/performance/interim-writes";
import { addAgreement, recordSampleCheck, requestDelivery } from "@/lib/performance/writes";

const refresh = () => revalidatePath("/beheer", "layout");

export const addAgreementAction = formAction({
  permission: "contract.administer",
  schema: agreementInput,
  run: async (ctx, input) => {
    await addAgreement(ctx, input);
    refresh();
    return { message: t("agreement.added") };
  },
});

export const requestDeliveryAction = formAction({
  permission: "contract.administer",
  schema: requestDeliveryInput,
  run: async (ctx, input) => {
    await requestDelivery(ctx, input);
    refresh();
    return { message: t("agreement.requested") };
  },
});

export const sampleCheckAction = formAction({
  permission: "contract.administer",
  schema: sampleCheckInput,
  run: async (ctx, input) => {
    const outcome = await recordSampleCheck({ ...ctx, site: siteUrl() }, input);
    refresh();
    // A sample above 10% opened step 1: the officer lands on that ladder.
    if (outcome.escalationId && !outcome.alreadyOpen)
      return { redirectTo: `/beheer/contracten/${input.contractId}/escalatie/${outcome.escalationId}?steekproef=1` };
    return { message: outcome.alreadyOpen ? t("agreement.sampleLadderOpen") : t("agreement.sampleOk") };
  },
});

export const requestInterimAction = formAction({
  permission: "contract.administer",
  schema: interimRequestInput,
  run: async (ctx, input) => {
    await requestInterimReport({ ...ctx, site: siteUrl() }, input);
    refresh();
    return { message: t("agreement.interimRequested") };
  },
});
