"use server";

import { revalidatePath } from "next/cache";
import { siteUrl } from "@/lib/http/site-url";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";
import {
  assessImprovementPlan,
  confirmRealised,
  holdEscalationTalk,
  moveToStep3,
  setEscalationMeasures,
  startEscalation,
} from "@/lib/escalation/writes";
import {
  assessPlanInput,
  escalationIdInput,
  holdTalkInput,
  measuresInput,
  startEscalationInput,
  step3Input,
} from "@/lib/escalation/validation";

const withSite = <C extends object>(ctx: C) => ({ ...ctx, site: siteUrl() });

// Every ladder page lives under its contract; revalidating the workspace keeps lists and dashboard fresh.
const refresh = () => revalidatePath("/beheer", "layout");

export const startEscalationAction = formAction({
  permission: "contract.administer",
  schema: startEscalationInput,
  run: async (ctx, input) => {
    const { id } = await startEscalation(ctx, input);
    refresh();
    return { redirectTo: `/beheer/contracten/${input.contractId}/escalatie/${id}` };
  },
});

export const holdTalkAction = formAction({
  permission: "contract.administer",
  schema: holdTalkInput,
  run: async (ctx, input) => {
    await holdEscalationTalk(withSite(ctx), input);
    refresh();
    return { message: t("ladder.talkRecorded") };
  },
});

export const step3Action = formAction({
  permission: "contract.administer",
  schema: step3Input,
  confirm: true,
  run: async (ctx, input) => {
    await moveToStep3(withSite(ctx), input);
    refresh();
    return { message: t("ladder.movedToStep3") };
  },
});

export const assessPlanAction = formAction({
  permission: "contract.administer",
  schema: assessPlanInput,
  run: async (ctx, input) => {
    const step = await assessImprovementPlan(withSite(ctx), { ...input, explanation: input.explanation ?? null });
    refresh();
    return { message: step === "step3" ? t("ladder.planRejected") : t("ladder.planAccepted") };
  },
});

export const measuresAction = formAction({
  permission: "contract.administer",
  schema: measuresInput,
  run: async (ctx, input) => {
    await setEscalationMeasures(ctx, {
      escalationId: input.escalationId,
      clientStop: input.clientStop === "on",
      thirdParty: input.thirdParty === "on",
      reason: input.reason,
    });
    refresh();
    return { message: t("ladder.measuresSaved") };
  },
});

export const confirmRealisedAction = formAction({
  permission: "contract.administer",
  schema: escalationIdInput,
  run: async (ctx, input) => {
    await confirmRealised(withSite(ctx), input);
    refresh();
    return { message: t("ladder.resolved") };
  },
});
