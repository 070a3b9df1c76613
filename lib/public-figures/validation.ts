import { z } from "zod";
import { t } from "@/lib/i18n";
import { figureKey } from "@/lib/redaction/detectors/figures";

const UNIT = /€|eur|euro|%|procent|pct|miljoen|mln|miljard|mld|ton/i;

/** A published figure as the detector compares it: money ("€ 62,40", "1,2 miljoen") or a percentage ("3,8%"). */
export const publicFigureInput = z.strictObject({
  trajectoryId: z.uuid(t("errors.notFound")),
  figure: z
    .string()
    .trim()
    .min(1, t("errors.required"))
    .max(40, t("errors.tooLong", { max: 40 }))
    // A unit is required: "2027" on its own is a year, not a published amount.
    .refine((value) => figureKey(value) !== null && UNIT.test(value), t("publicFigures.notAFigure")),
  description: z
    .string()
    .trim()
    .min(3, t("errors.tooShort", { min: 3 }))
    .max(200, t("errors.tooLong", { max: 200 })),
  source: z
    .string()
    .trim()
    .max(300, t("errors.tooLong", { max: 300 }))
    .transform((s) => s || null),
});
export type PublicFigureInput = z.infer<typeof publicFigureInput>;

export const removePublicFigureInput = z.strictObject({
  trajectoryId: z.uuid(t("errors.notFound")),
  figureId: z.uuid(t("errors.notFound")),
});
export type RemovePublicFigureInput = z.infer<typeof removePublicFigureInput>;
