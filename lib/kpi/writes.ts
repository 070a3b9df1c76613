import { eq } from "drizzle-orm";
import { contracts, contractSubregions, kpiMeasurements, kpis, subregions } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, FieldProblems, InputError, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { can } from "@/lib/policy";
import { parseResultsCsv } from "./csv";
import { refuseTypedOverComputed } from "./measurement/typed-guard";
import { FIRST_MEASUREMENT_YEAR, isCompletedYear, isEstablished, isFutureYear } from "./measurement-year";
import { isValueInRange, type KpiUnit } from "./scoring";

type Ctx = WriteContext & { actor: Actor };
type Result = { kpiId: string; subregionId: string; year: number; value: number; clientsInCare: number };

/** Every Dutch reason a result cannot be recorded, at most one per field; names match the entry form. */
export function resultProblems(
  r: { year: number; value: number; clientsInCare: number },
  unit: KpiUnit | null,
  now: Date,
): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  const year = (message: string) => problems.push({ field: "year", message });
  if (isFutureYear(r.year, now)) year(t("execution.futureYear"));
  else if (!isCompletedYear(r.year, now))
    year(t("execution.yearInProgress", { year: String(r.year), next: String(r.year + 1) }));
  else if (r.year < FIRST_MEASUREMENT_YEAR) year(t("execution.yearInvalid"));
  else if (isEstablished(r.year, now)) year(t("execution.alreadyEstablished", { year: r.year }));
  // Without a known KPI its range is unknown; the KPI choice itself is reported instead.
  if (unit && !isValueInRange(unit, r.value)) problems.push({ field: "value", message: t(`execution.range_${unit}`) });
  if (!Number.isInteger(r.clientsInCare) || r.clientsInCare < 0)
    problems.push({ field: "clientsInCare", message: t("execution.clientsInvalid") });
  return problems;
}

/** The first reason a result cannot be recorded, or null (one per CSV line). */
export function resultProblem(
  r: { year: number; value: number; clientsInCare: number },
  unit: KpiUnit | null,
  now: Date,
): { field: string; message: string } | null {
  return resultProblems(r, unit, now)[0] ?? null;
}

async function contractScope(tx: Executor, contractId: string) {
  const [contract] = await tx.select().from(contracts).where(eq(contracts.id, contractId));
  if (!contract) throw new NotFoundError("contract");
  const contractKpis = await tx.select().from(kpis).where(eq(kpis.contractId, contractId));
  const regions = await tx
    .select({ id: subregions.id, name: subregions.name })
    .from(contractSubregions)
    .innerJoin(subregions, eq(subregions.id, contractSubregions.subregionId))
    .where(eq(contractSubregions.contractId, contractId));
  return { contract, contractKpis, regions };
}

async function upsertResults(ctx: Ctx, tx: Executor, results: Result[]) {
  for (const r of results) {
    await refuseTypedOverComputed(tx, r);
    await tx
      .insert(kpiMeasurements)
      .values({ ...r, enteredBy: ctx.actor.id })
      .onConflictDoUpdate({
        target: [kpiMeasurements.kpiId, kpiMeasurements.subregionId, kpiMeasurements.year],
        set: {
          value: r.value,
          clientsInCare: r.clientsInCare,
          source: "typed",
          enteredBy: ctx.actor.id,
          enteredAt: new Date(),
        },
      });
  }
}

/** Records (or corrects, until it is established) one KPI result for a sub-region and year. */
export async function saveMeasurement(
  ctx: Ctx,
  input: Result & { contractId: string },
  now = new Date(),
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { contract, contractKpis, regions } = await contractScope(tx, input.contractId);
    const kpi = contractKpis.find((k) => k.id === input.kpiId);
    // Every problem at once: the choices and the figures are judged together.
    const problems = new FieldProblems();
    for (const p of resultProblems(input, kpi?.unit ?? null, now)) problems.add(p.field, p.message);
    if (!kpi) problems.add("kpiId", t("errors.invalidChoice"));
    if (!regions.some((r) => r.id === input.subregionId))
      problems.add("subregionId", t("execution.subregionNotInContract"));
    problems.throwIfAny();
    if (!kpi) return; // reported above; narrows the type
    const { contractId: _, ...result } = input;
    await upsertResults(ctx, tx, [result]);
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "kpi.record_result",
        objectType: "contract",
        objectId: contract.id,
        trajectoryId: contract.trajectoryId,
        details: {
          kpi: kpi.name,
          subregionId: input.subregionId,
          year: input.year,
          value: input.value,
          clientsInCare: input.clientsInCare,
        },
      },
    );
  });
}

const CSV_COLUMN_NAMES: Record<string, string> = {
  subregion: "deelregio",
  year: "jaar",
  kpi: "kpi",
  value: "waarde",
  clients: "cliënten",
};

const number = (raw: string) => (/^-?\d+([.,]\d+)?$/.test(raw.trim()) ? Number(raw.trim().replace(",", ".")) : NaN);

/**
 * Imports results from CSV: every row is checked first and nothing is saved while any row is
 * wrong, so a corrected file can simply be imported again. Errors name the line.
 */
export async function importMeasurements(
  ctx: Ctx,
  contractId: string,
  text: string,
  now = new Date(),
): Promise<number> {
  const parsed = parseResultsCsv(text);
  if ("error" in parsed) {
    throw new DomainRuleError(
      parsed.error === "columns"
        ? t("execution.csvColumns", { missing: (parsed.missing ?? []).map((c) => CSV_COLUMN_NAMES[c]).join(", ") })
        : t(`execution.csv_${parsed.error}`),
      "csv",
    );
  }
  if (parsed.rows.length > 2000) throw new DomainRuleError(t("execution.csvTooLong"), "csv");
  return ctx.db.transaction(async (tx) => {
    const { contract, contractKpis, regions } = await contractScope(tx, contractId);
    const errors: string[] = [];
    const results: Result[] = [];
    for (const row of parsed.rows) {
      const kpi = contractKpis.find((k) => k.code === row.kpi || k.name.toLowerCase() === row.kpi.toLowerCase());
      const region = regions.find((r) => r.name.toLowerCase() === row.subregion.toLowerCase());
      const r = { year: number(row.year), value: number(row.value), clientsInCare: number(row.clients) };
      const lineError = (message: string) => errors.push(t("execution.csvLine", { line: row.line, message }));
      if (!kpi) lineError(t("execution.csvUnknownKpi", { kpi: row.kpi }));
      else if (!region) lineError(t("execution.csvUnknownSubregion", { subregion: row.subregion }));
      else if (!Number.isInteger(r.year)) lineError(t("execution.yearInvalid"));
      else if (Number.isNaN(r.value)) lineError(t("execution.numberInvalid"));
      else {
        const problems = resultProblems(r, kpi.unit, now);
        for (const problem of problems) lineError(problem.message);
        if (problems.length === 0) results.push({ ...r, kpiId: kpi.id, subregionId: region.id });
      }
    }
    if (errors.length) throw new InputError({ csv: errors.slice(0, 20) });
    await upsertResults(ctx, tx, results);
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "kpi.import_results",
        objectType: "contract",
        objectId: contract.id,
        trajectoryId: contract.trajectoryId,
        details: { rows: results.length },
      },
    );
    return results.length;
  });
}

/** The provider's response to its own result, possible until the result is established. */
export async function respondToMeasurement(
  ctx: Ctx,
  input: { measurementId: string; response: string },
  now = new Date(),
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        m: kpiMeasurements,
        providerId: contracts.providerId,
        trajectoryId: contracts.trajectoryId,
        contractId: contracts.id,
      })
      .from(kpiMeasurements)
      .innerJoin(kpis, eq(kpis.id, kpiMeasurements.kpiId))
      .innerJoin(contracts, eq(contracts.id, kpis.contractId))
      .where(eq(kpiMeasurements.id, input.measurementId));
    if (!row || !can(ctx.actor, "contract.view", { providerId: row.providerId }))
      throw new NotFoundError("measurement");
    if (!can(ctx.actor, "kpi.respond", { providerId: row.providerId, established: isEstablished(row.m.year, now) }))
      throw new DomainRuleError(t("execution.responseClosed"), "response");
    await tx
      .update(kpiMeasurements)
      .set({ providerResponse: input.response, respondedBy: ctx.actor.id, respondedAt: now })
      .where(eq(kpiMeasurements.id, row.m.id));
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "kpi.respond",
        objectType: "contract",
        objectId: row.contractId,
        trajectoryId: row.trajectoryId,
        details: { measurementId: row.m.id },
      },
    );
  });
}
