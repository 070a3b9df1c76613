"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";
import { addCustomKpi, createContract, extendContract } from "@/lib/contract/writes";
import {
  CONTRACT_ARRAY_FIELDS,
  contractInput,
  csvImportInput,
  customKpiInput,
  extensionInput,
  measurementInput,
} from "@/lib/contract/validation";
import { importMeasurements, saveMeasurement } from "@/lib/kpi/writes";
import { DomainRuleError } from "@/lib/errors";

const contractPath = (id: string) => `/beheer/contracten/${id}`;

export const createContractAction = formAction({
  permission: "contract.administer",
  schema: contractInput,
  arrayFields: CONTRACT_ARRAY_FIELDS,
  run: async (ctx, input) => {
    const { id } = await createContract(ctx, input);
    return { redirectTo: `${contractPath(id)}?aangemaakt=1` };
  },
});

export const extendContractAction = formAction({
  permission: "contract.administer",
  schema: extensionInput,
  run: async (ctx, input) => {
    await extendContract(ctx, input);
    revalidatePath(contractPath(input.contractId));
    return { message: t("contract.extended") };
  },
});

export const addKpiAction = formAction({
  permission: "contract.administer",
  schema: customKpiInput,
  run: async (ctx, input) => {
    const { advice } = await addCustomKpi(ctx, input);
    revalidatePath(contractPath(input.contractId));
    return { message: advice ? `${t("kpi.added")} ${t(`kpi.advice_${advice}`)}` : t("kpi.added") };
  },
});

export const saveMeasurementAction = formAction({
  permission: "contract.administer",
  schema: measurementInput,
  run: async (ctx, input) => {
    await saveMeasurement(ctx, input);
    revalidatePath(contractPath(input.contractId));
    return { message: t("kpi.resultSaved") };
  },
});

export const importMeasurementsAction = formAction({
  permission: "contract.administer",
  schema: csvImportInput,
  extra: (formData) => {
    const file = formData.get("file");
    return file instanceof File && file.size > 0 ? { file } : {};
  },
  run: async (ctx, input) => {
    if (input.file && input.file.size > 1_000_000)
      throw new DomainRuleError(t("errors.fileTooLarge", { max: 1 }), "csv");
    const text = input.file ? await input.file.text() : input.csv;
    const count = await importMeasurements(ctx, input.contractId, text);
    revalidatePath(contractPath(input.contractId));
    return { message: t("kpi.imported", { count }) };
  },
});
