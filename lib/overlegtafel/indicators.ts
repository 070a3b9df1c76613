import { formatEuro, t } from "@/lib/i18n";
import type { SizeIndicators } from "./size-class";

/** Beyond these a figure is a typing error, not a provider (the largest Dutch care groups stay far below). */
export const INDICATOR_LIMITS: Record<keyof SizeIndicators, number> = {
  clients: 500_000,
  employees: 100_000,
  wmoRevenue: 1_000_000_000,
};

export type ParsedIndicator = { ok: true; value: number | null } | { ok: false; message: string };

/**
 * Reads one indicator as a person or a spreadsheet writes it: empty (not known), "1250",
 * "1.250", "1 250" or "€ 1.250.000". Negative, fractional, non-numeric and absurd values are refused.
 */
export function parseIndicator(raw: string, key: keyof SizeIndicators): ParsedIndicator {
  const text = raw.trim().replace(/^€\s*/, "");
  if (text === "") return { ok: true, value: null };
  if (/^-/.test(text)) return { ok: false, message: t("overlegtafel.indicatorNegative") };
  if (!/^\d{1,3}([. ]\d{3})*$|^\d+$/.test(text)) return { ok: false, message: t("overlegtafel.indicatorNotNumber") };
  const value = Number(text.replace(/[. ]/g, ""));
  const max = INDICATOR_LIMITS[key];
  if (!Number.isSafeInteger(value) || value > max) {
    return {
      ok: false,
      message: t("overlegtafel.indicatorAbsurd", {
        max: key === "wmoRevenue" ? formatEuro(max) : max.toLocaleString("nl-NL"),
      }),
    };
  }
  return { ok: true, value };
}
