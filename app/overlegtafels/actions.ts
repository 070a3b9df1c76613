"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";
import { submitOwnIndicators } from "@/lib/overlegtafel/indicator-writes";
import { ownIndicatorsInput } from "@/lib/overlegtafel/validation";

export const submitOwnIndicatorsAction = formAction({
  permission: "size_indicators.submit_own",
  schema: ownIndicatorsInput,
  run: async (ctx, input) => {
    await submitOwnIndicators(ctx, input);
    revalidatePath("/overlegtafels/omvang");
    return { message: t("overlegtafel.savedOwn") };
  },
});
