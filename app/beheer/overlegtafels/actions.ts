"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/http/form-action";
import { siteUrl } from "@/lib/http/site-url";
import { t } from "@/lib/i18n";
import {
  acceptReplacement,
  changeMember,
  excludeProvider,
  fixComposition,
  liftExclusion,
  proposeComposition,
  withdrawFromSession,
} from "@/lib/overlegtafel/composition-writes";
import { setProviderContract } from "@/lib/overlegtafel/contract-writes";
import { confirmIndicators, decideClass, importIndicators, setThresholds } from "@/lib/overlegtafel/indicator-writes";
import { createTable, createTableSession } from "@/lib/overlegtafel/table-writes";
import {
  classDecisionInput,
  contractInput,
  exclusionInput,
  fixInput,
  liftExclusionInput,
  indicatorIdInput,
  memberChangeInput,
  proposeInput,
  replacementInput,
  sessionInput,
  tableInput,
  thresholdsInput,
  withdrawalInput,
} from "@/lib/overlegtafel/validation";

const sessionPath = (tableId: string, meetingId: string) => `/beheer/overlegtafels/${tableId}/sessies/${meetingId}`;

export const createTableAction = formAction({
  permission: "table.administer",
  schema: tableInput,
  arrayFields: ["productIds"],
  run: async (ctx, input) => {
    const { id } = await createTable(ctx, input);
    return { redirectTo: `/beheer/overlegtafels/${id}?aangemaakt=1` };
  },
});

export const createSessionAction = formAction({
  permission: "table.administer",
  schema: sessionInput,
  run: async (ctx, input) => {
    const { id } = await createTableSession(ctx, input);
    return { redirectTo: sessionPath(input.tableId, id) };
  },
});

export const proposeAction = formAction({
  permission: "table.administer",
  schema: proposeInput,
  run: async (ctx, input) => {
    const r = await proposeComposition(ctx, input.meetingId);
    revalidatePath(sessionPath(input.tableId, input.meetingId));
    return { message: t("overlegtafel.proposed", r) };
  },
});

export const changeMemberAction = formAction({
  permission: "table.administer",
  schema: memberChangeInput,
  run: async (ctx, input) => {
    await changeMember(ctx, input);
    revalidatePath(sessionPath(input.tableId, input.meetingId));
    return { message: t("overlegtafel.changed") };
  },
});

export const fixAction = formAction({
  permission: "table.administer",
  schema: fixInput,
  run: async (ctx, input) => {
    const r = await fixComposition(ctx, input, siteUrl());
    revalidatePath(sessionPath(input.tableId, input.meetingId));
    return { message: t("overlegtafel.fixed", r) };
  },
});

export const withdrawAction = formAction({
  permission: "table.administer",
  schema: withdrawalInput,
  run: async (ctx, input) => {
    await withdrawFromSession(ctx, input);
    revalidatePath(sessionPath(input.tableId, input.meetingId));
    return { message: t("overlegtafel.withdrawn") };
  },
});

export const acceptReplacementAction = formAction({
  permission: "table.administer",
  schema: replacementInput,
  run: async (ctx, input) => {
    await acceptReplacement(ctx, input, siteUrl());
    revalidatePath(sessionPath(input.tableId, input.meetingId));
    return { message: t("overlegtafel.replacementAccepted") };
  },
});

export const excludeAction = formAction({
  permission: "table.administer",
  schema: exclusionInput,
  confirm: true,
  run: async (ctx, input) => {
    const r = await excludeProvider(ctx, input, siteUrl());
    // The flagged provider's form disappears, so the confirmation travels in the URL.
    return { redirectTo: `/beheer/overlegtafels/${input.tableId}?uitgesloten=${r.replacements}` };
  },
});

export const liftExclusionAction = formAction({
  permission: "table.administer",
  schema: liftExclusionInput,
  confirm: true,
  run: async (ctx, input) => {
    await liftExclusion(ctx, input, siteUrl());
    // The lift form disappears with the active exclusion, so the confirmation travels in the URL.
    return { redirectTo: `/beheer/overlegtafels/${input.tableId}?opgeheven=1` };
  },
});

export const setContractAction = formAction({
  permission: "provider_contract.set",
  schema: contractInput,
  arrayFields: ["productIds", "subregionIds", "ended"],
  run: async (ctx, input) => {
    const r = await setProviderContract(ctx, input);
    revalidatePath(`/beheer/overlegtafels/aanbieders/${input.providerId}`);
    return {
      message: r.added + r.removed === 0 ? t("overlegtafel.contractUnchanged") : t("overlegtafel.contractSaved", r),
    };
  },
});

export const confirmIndicatorsAction = formAction({
  permission: "size_indicators.confirm",
  schema: indicatorIdInput,
  run: async (ctx, input) => {
    await confirmIndicators(ctx, input.indicatorId);
    revalidatePath("/beheer/overlegtafels/omvang");
    return { message: t("overlegtafel.confirmed") };
  },
});

export const decideClassAction = formAction({
  permission: "size_indicators.confirm",
  schema: classDecisionInput,
  run: async (ctx, input) => {
    await decideClass(ctx, input);
    revalidatePath("/beheer/overlegtafels/omvang");
    return { message: t("overlegtafel.decided") };
  },
});

const importInput = z.strictObject({ csv: z.string().default(""), file: z.instanceof(File).optional() });

export const importIndicatorsAction = formAction({
  permission: "size_indicators.confirm",
  schema: importInput,
  extra: (formData) => {
    const file = formData.get("file");
    return file instanceof File && file.size > 0 ? { file } : {};
  },
  run: async (ctx, input) => {
    if (input.file && input.file.size > 2_000_000) return { message: t("overlegtafel.csvTooLarge") };
    const text = input.file ? await input.file.text() : input.csv;
    const count = await importIndicators(ctx, text);
    revalidatePath("/beheer/overlegtafels/omvang");
    return { message: t("overlegtafel.imported", { count }) };
  },
});

export const setThresholdsAction = formAction({
  permission: "size_thresholds.set",
  schema: thresholdsInput,
  run: async (ctx, input) => {
    await setThresholds(ctx, input);
    revalidatePath("/beheer/overlegtafels/drempels");
    return { message: t("overlegtafel.thresholdsSaved") };
  },
});
