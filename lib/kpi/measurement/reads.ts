import { asc, desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/connection";
import { kpiDataImports, subregions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/policy";
import type { MeasurementKind } from "./columns";
import type { CareStartComputation, ResultComputation } from "./compute";

export type DataImportView = {
  id: string;
  subregionName: string;
  year: number;
  importedAt: Date;
  rowCount: number;
} & (
  | { kind: Extract<MeasurementKind, "care_start">; computation: CareStartComputation }
  | { kind: Extract<MeasurementKind, "result">; computation: ResultComputation }
);

/**
 * The imported data sets of a contract with their computations, newest year first: for the
 * officers and for the provider of the contract only (another provider finds nothing).
 */
export async function listDataImportsFor(
  db: Executor,
  actor: Actor | null,
  contract: { id: string; providerId: string },
): Promise<DataImportView[]> {
  if (!can(actor, "contract.view", { providerId: contract.providerId })) throw new NotFoundError("contract");
  const rows = await db
    .select({
      id: kpiDataImports.id,
      subregionName: subregions.name,
      year: kpiDataImports.year,
      kind: kpiDataImports.kind,
      importedAt: kpiDataImports.importedAt,
      rowCount: kpiDataImports.rowCount,
      computation: kpiDataImports.computation,
    })
    .from(kpiDataImports)
    .innerJoin(subregions, eq(subregions.id, kpiDataImports.subregionId))
    .where(eq(kpiDataImports.contractId, contract.id))
    .orderBy(desc(kpiDataImports.year), asc(subregions.name), asc(kpiDataImports.kind));
  return rows as DataImportView[];
}
