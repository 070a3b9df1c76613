import { z } from "zod";
import { t } from "@/lib/i18n";
import { wholeNumber } from "@/lib/contract/validation";
import { MEASUREMENT_KINDS } from "./columns";

/** The officer's import form: contract, sub-region, measurement year, kind of data and the file. */
export const dataImportInput = z.strictObject({
  contractId: z.uuid(),
  subregionId: z.uuid(t("errors.invalidChoice")),
  year: wholeNumber(1900, 9999, t("execution.yearInvalid")),
  kind: z.enum(MEASUREMENT_KINDS, t("errors.invalidChoice")),
  file: z.instanceof(File, { message: t("kpiData.empty") }),
});
