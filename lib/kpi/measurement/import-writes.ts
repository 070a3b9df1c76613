import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/connection";
import {
  contractProducts,
  contracts,
  contractSubregions,
  kpiDataImports,
  kpiMeasurements,
  kpis,
  products,
} from "@/db/schema";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { FieldProblems, ForbiddenError, InputError, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { can } from "@/lib/policy";
import { FIRST_MEASUREMENT_YEAR, isCompletedYear, isEstablished, isFutureYear } from "@/lib/kpi/measurement-year";
import { STANDARD_KPIS, type StandardKpiCode } from "@/lib/kpi/scoring";
import type { MeasurementKind } from "./columns";
import { computeCareStart, computeResults } from "./compute";
import { problemLines } from "./format-problems";
import { parseMeasurementTable, type ImportProblem } from "./parse-import";
import { readMeasurementFile } from "./read-file";
import { diffAgainst, insertRecords, recordChunks, replaceChangedRecords, type RecordDiff } from "./records";

type Ctx = WriteContext & { actor: Actor };

/** The KPI each kind of data feeds. */
export const KPI_OF_KIND: Record<MeasurementKind, StandardKpiCode> = {
  care_start: "care_start",
  result: "result_achieved",
};

export type DataImportInput = {
  contractId: string;
  subregionId: string;
  year: number;
  kind: MeasurementKind;
  fileName: string;
  bytes: Uint8Array;
};

export type DataImportOutcome = RecordDiff & { rows: number; percentage: number; clients: number };

/** Which years data can be imported for: begun, not yet established (1 April after the year), not before 2015. */
export function importYearProblem(year: number, now: Date): string | null {
  if (!Number.isInteger(year) || year < FIRST_MEASUREMENT_YEAR) return t("execution.yearInvalid");
  if (isFutureYear(year, now)) return t("kpiData.yearFuture");
  // The source measures a completed calendar year; the running year has no result yet.
  if (!isCompletedYear(year, now)) return t("execution.yearInProgress", { year: String(year), next: String(year + 1) });
  if (isEstablished(year, now)) return t("kpiData.yearOpen", { year });
  return null;
}

async function refuse(
  ctx: Ctx,
  input: DataImportInput,
  problems: ImportProblem[],
  fields: Record<string, string[]> = {},
): Promise<never> {
  // Audited without any cell: a refused file may hold exactly the data the portal must not keep.
  await recordAudit(ctx, {
    action: "kpi.import_data",
    objectType: "contract",
    objectId: input.contractId,
    result: "failure",
    details: { kind: input.kind, year: input.year, subregionId: input.subregionId, problems: problems.length },
  });
  throw new InputError({ ...fields, file: problemLines(problems) });
}

/**
 * Imports a year of messages or evaluations for one contract and sub-region, all or nothing: the
 * file is read and checked as a whole (personal data, dates, product codes, duplicates) before a
 * transaction replaces the previous import of that year, stores the computation with its counts
 * as the KPI's result (marked as computed) and audits the change with its diff count.
 */
export async function importMeasurementData(
  ctx: Ctx,
  input: DataImportInput,
  now = new Date(),
): Promise<DataImportOutcome> {
  if (!can(ctx.actor, "contract.administer")) throw new ForbiddenError("contract.administer");
  const [contract] = await ctx.db.select().from(contracts).where(eq(contracts.id, input.contractId));
  if (!contract) throw new NotFoundError("contract");
  // The choices and the file are judged together, so the officer sees every problem at once.
  const choices = new FieldProblems();
  const yearProblem = importYearProblem(input.year, now);
  if (yearProblem) choices.add("year", yearProblem);
  const [inScope] = await ctx.db
    .select()
    .from(contractSubregions)
    .where(and(eq(contractSubregions.contractId, contract.id), eq(contractSubregions.subregionId, input.subregionId)));
  if (!inScope) choices.add("subregionId", t("execution.subregionNotInContract"));
  const code = KPI_OF_KIND[input.kind];
  const [kpi] = await ctx.db
    .select()
    .from(kpis)
    .where(and(eq(kpis.contractId, contract.id), eq(kpis.code, code)));
  if (!kpi) choices.add("kind", t("kpiData.noKpi", { kpi: STANDARD_KPIS[code].name }));

  const file = await readMeasurementFile({ name: input.fileName, bytes: input.bytes });
  if (!file.ok) return refuse(ctx, input, file.problems, choices.errors);
  const codes = await ctx.db
    .select({ code: products.code })
    .from(contractProducts)
    .innerJoin(products, eq(products.id, contractProducts.productId))
    .where(eq(contractProducts.contractId, contract.id));
  const checked = parseMeasurementTable(input.kind, file.table, {
    year: input.year,
    productCodes: new Set(codes.map((c) => c.code.toUpperCase())),
  });
  if (!checked.ok) return refuse(ctx, input, checked.problems, choices.errors);
  choices.throwIfAny();
  if (!kpi) throw new Error("unreachable: a missing KPI is reported above");
  const { parsed } = checked;
  const computation = parsed.kind === "care_start" ? computeCareStart(parsed.rows) : computeResults(parsed.rows);
  const chunks = recordChunks(parsed);

  return ctx.db.transaction(async (tx) => {
    const key = and(
      eq(kpiDataImports.contractId, contract.id),
      eq(kpiDataImports.subregionId, input.subregionId),
      eq(kpiDataImports.year, input.year),
      eq(kpiDataImports.kind, input.kind),
    );
    const [previous] = await tx
      .select({ id: kpiDataImports.id, rowCount: kpiDataImports.rowCount })
      .from(kpiDataImports)
      .where(key)
      .for("update");
    const diff = previous
      ? await diffAgainst(tx, previous.id, previous.rowCount, chunks)
      : { added: parsed.rows.length, removed: 0, changed: 0, unchanged: 0 };
    const values = {
      rowCount: parsed.rows.length,
      fileName: input.fileName.slice(0, 200),
      computation,
      importedBy: ctx.actor.id,
    };
    if (previous) {
      // The same import row keeps the year; only the rows that differ are written.
      await tx
        .update(kpiDataImports)
        .set({ ...values, importedAt: new Date() })
        .where(eq(kpiDataImports.id, previous.id));
      await replaceChangedRecords(tx, previous.id, chunks);
    } else {
      const [created] = await tx
        .insert(kpiDataImports)
        .values({
          contractId: contract.id,
          subregionId: input.subregionId,
          year: input.year,
          kind: input.kind,
          ...values,
        })
        .returning({ id: kpiDataImports.id });
      await insertRecords(tx, created!.id, chunks);
    }
    await storeComputedResult(tx, ctx.actor.id, {
      kpiId: kpi.id,
      subregionId: input.subregionId,
      year: input.year,
      value: computation.percentage,
      clientsInCare: computation.clients,
    });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "kpi.import_data",
        objectType: "contract",
        objectId: contract.id,
        trajectoryId: contract.trajectoryId,
        details: {
          kind: input.kind,
          year: input.year,
          subregionId: input.subregionId,
          rows: parsed.rows.length,
          replaced: Boolean(previous),
          ...diff,
          percentage: computation.percentage,
          clients: computation.clients,
        },
      },
    );
    return { ...diff, rows: parsed.rows.length, percentage: computation.percentage, clients: computation.clients };
  });
}

async function storeComputedResult(
  tx: Executor,
  userId: string,
  r: { kpiId: string; subregionId: string; year: number; value: number; clientsInCare: number },
) {
  await tx
    .insert(kpiMeasurements)
    .values({ ...r, source: "computed", enteredBy: userId })
    .onConflictDoUpdate({
      target: [kpiMeasurements.kpiId, kpiMeasurements.subregionId, kpiMeasurements.year],
      set: {
        value: r.value,
        clientsInCare: r.clientsInCare,
        source: "computed",
        enteredBy: userId,
        enteredAt: new Date(),
      },
    });
}
