"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { saveResponse } from "@/lib/consultation/responses";
import { formAction } from "@/lib/http/form-action";
import { formatDateTime, t } from "@/lib/i18n";

// The answers themselves are checked against the consultation's questions in the domain.
const responseInput = z.object({
  consultationId: z.uuid(),
  baseVersion: z.coerce.number().int().min(0),
  intent: z.enum(["draft", "submit"]),
}).catchall(z.union([z.string(), z.array(z.string())]));

export const saveResponseAction = formAction({
  permission: "account.view",
  schema: responseInput,
  arrayFields: (key) => key.startsWith("answer_"),
  run: async (ctx, input) => {
    const { consultationId, baseVersion, intent, ...values } = input;
    const saved = await saveResponse(ctx, { consultationId, baseVersion, intent, values: values as Record<string, string | string[]> });
    if (intent === "submit") revalidatePath(`/consultaties/${consultationId}`);
    return {
      message: intent === "submit" ? t("consultation.receipt", { at: formatDateTime(saved.submittedAt ?? new Date()) }) : t("consultation.draftSaved", { at: formatDateTime(new Date()) }),
      meta: { version: String(saved.version), status: saved.status },
    };
  },
});
