import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/connection";
import { kpiDataImports, kpis } from "@/db/schema";
import { DomainRuleError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import type { MeasurementKind } from "./columns";

const KIND_OF_CODE: Record<string, MeasurementKind> = { care_start: "care_start", result_achieved: "result" };

/**
 * A typed result stays possible only for a KPI without data: where a year's messages or evaluations
 * were imported, the result is the computation and typing over it is refused.
 */
export async function refuseTypedOverComputed(
  tx: Executor,
  r: { kpiId: string; subregionId: string; year: number },
): Promise<void> {
  const [kpi] = await tx
    .select({ contractId: kpis.contractId, code: kpis.code })
    .from(kpis)
    .where(eq(kpis.id, r.kpiId));
  const kind = kpi?.code ? KIND_OF_CODE[kpi.code] : undefined;
  if (!kpi || !kind) return;
  const [imported] = await tx
    .select({ id: kpiDataImports.id })
    .from(kpiDataImports)
    .where(
      and(
        eq(kpiDataImports.contractId, kpi.contractId),
        eq(kpiDataImports.subregionId, r.subregionId),
        eq(kpiDataImports.year, r.year),
        eq(kpiDataImports.kind, kind),
      ),
    );
  if (imported) throw new DomainRuleError(t("kpiData.typedNotAllowed"), "value");
}
