"use server";

import { revalidatePath } from "next/cache";
import { InputError } from "@/lib/errors";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";
import { importMeasurementData } from "@/lib/kpi/measurement/import-writes";
import { fileSizeProblem } from "@/lib/kpi/measurement/read-file";
import { problemLines } from "@/lib/kpi/measurement/format-problems";
import { dataImportInput } from "@/lib/kpi/measurement/validation";

export const importKpiDataAction = formAction({
  permission: "contract.administer",
  schema: dataImportInput,
  extra: (formData) => {
    const file = formData.get("file");
    return file instanceof File ? { file } : {};
  },
  run: async (ctx, input) => {
    // The size decides before a byte is read.
    const tooLarge = fileSizeProblem(input.file.size);
    if (tooLarge) throw new InputError({ file: problemLines([tooLarge]) });
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const outcome = await importMeasurementData(ctx, { ...input, fileName: input.file.name, bytes });
    revalidatePath(`/beheer/contracten/${input.contractId}`);
    return { message: t("kpiData.imported", { ...outcome, year: input.year }) };
  },
});
