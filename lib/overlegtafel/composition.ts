import { t } from "@/lib/i18n";
import type { Classification, SizeClass } from "./size-class";
import { TABLE_CAPS } from "./types";

/**
 * Classes whose invited count exceeds the caps of a capped table. Invited providers whose class
 * is not settled count against no cap but are reported too: the rule cannot place them.
 */
export function seatsAboveCaps(
  mode: "all" | "capped",
  invited: { sizeClass: Classification }[],
  caps: Record<SizeClass, number> = TABLE_CAPS,
): string[] {
  if (mode === "all") return [];
  const over: string[] = [];
  for (const cls of ["large", "medium", "small"] as const) {
    const n = invited.filter((m) => m.sizeClass === cls).length;
    if (n > caps[cls])
      over.push(t("overlegtafel.overCap", { count: n, class: t(`overlegtafel.class_${cls}`), cap: caps[cls] }));
  }
  const unclassified = invited.filter((m) => m.sizeClass === "unclassified").length;
  if (unclassified) over.push(t("overlegtafel.overCapUnclassified", { count: unclassified }));
  return over;
}

/**
 * The provider's own sub-region for the table: of its sub-regions within the table's scope, the
 * first by name. A provider active in several sub-regions takes one seat, in one place.
 */
export function homeSubregion(providerSubregionIds: string[], scope: { id: string; name: string }[]): string | null {
  const own = new Set(providerSubregionIds);
  return [...scope].sort((a, b) => a.name.localeCompare(b.name, "nl")).find((s) => own.has(s.id))?.id ?? null;
}
