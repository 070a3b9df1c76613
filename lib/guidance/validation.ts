import { z } from "zod";
import { t } from "@/lib/i18n";
import { PHASES } from "@/lib/trajectory/constants";

export const PERSPECTIVES = ["municipality", "provider"] as const;
export const ASPECTS = ["topics", "decides", "whom", "organise"] as const;
export const MAX_GUIDANCE_ITEMS = 12;

const itemsField = z
  .string()
  .max(8000, t("errors.tooLong", { max: 8000 }))
  .transform((raw) =>
    raw
      .split(/\r?\n/)
      .map((l) => l.replace(/^[-•*]\s*/, "").trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(z.string().max(500, t("errors.tooLong", { max: 500 })))
      .min(1, t("guidanceAdmin.empty"))
      .max(MAX_GUIDANCE_ITEMS, t("guidanceAdmin.tooMany", { max: MAX_GUIDANCE_ITEMS })),
  );

export const guidanceFieldName = (perspective: string, aspect: string) => `items_${perspective}_${aspect}`;

export const guidanceInput = z
  .strictObject({
    phase: z.enum(PHASES),
    ...Object.fromEntries(PERSPECTIVES.flatMap((p) => ASPECTS.map((a) => [guidanceFieldName(p, a), itemsField]))),
  })
  .transform((v) => {
    const record = v as Record<string, unknown>;
    return {
      phase: v.phase,
      entries: PERSPECTIVES.flatMap((perspective) =>
        ASPECTS.map((aspect) => ({
          perspective,
          aspect,
          items: record[guidanceFieldName(perspective, aspect)] as string[],
        })),
      ),
    };
  });
export type GuidanceInput = z.output<typeof guidanceInput>;
