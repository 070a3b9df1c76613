"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";
import { publicFigureInput, removePublicFigureInput } from "@/lib/public-figures/validation";
import { addPublicFigure, removePublicFigure } from "@/lib/public-figures/writes";

export const addPublicFigureAction = formAction({
  permission: "public_figures.manage",
  schema: publicFigureInput,
  run: async (ctx, input) => {
    await addPublicFigure(ctx, input);
    revalidatePath(`/beheer/trajecten/${input.trajectoryId}/openbare-cijfers`);
    return { message: t("publicFigures.added") };
  },
});

export const removePublicFigureAction = formAction({
  permission: "public_figures.manage",
  schema: removePublicFigureInput,
  run: async (ctx, input) => {
    await removePublicFigure(ctx, input);
    revalidatePath(`/beheer/trajecten/${input.trajectoryId}/openbare-cijfers`);
    return { message: t("publicFigures.removed") };
  },
});
