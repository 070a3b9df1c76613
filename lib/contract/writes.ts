import { eq } from "drizzle-orm";
import {
  contractExtensions,
  contractProducts,
  contracts,
  contractSubregions,
  kpis,
  performanceAgreements,
  providers,
  trajectories,
} from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, FieldProblems, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { kpiCountAdvice, normProblem, STANDARD_KPI_CODES, STANDARD_KPIS } from "@/lib/kpi/scoring";
import { DEFAULT_AGREEMENTS } from "@/lib/performance/defaults";
import { addYears } from "@/lib/time/calendar-day";
import { canExtend } from "./terms";
import type { ContractInput, CustomKpiInput, ExtensionInput } from "./validation";

type Ctx = WriteContext & { actor: Actor };

/**
 * Creates a contract with the region's three standard KPIs and the performance agreements of
 * source 002, so a new contract starts complete; both can be changed afterwards.
 */
export async function createContract(ctx: Ctx, input: ContractInput): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    const problems = new FieldProblems();
    const [provider] = await tx.select({ id: providers.id }).from(providers).where(eq(providers.id, input.providerId));
    if (!provider) problems.add("providerId", t("errors.invalidChoice"));
    const [trajectory] = await tx
      .select({ id: trajectories.id })
      .from(trajectories)
      .where(eq(trajectories.id, input.trajectoryId));
    if (!trajectory) problems.add("trajectoryId", t("errors.invalidChoice"));
    const [existing] = await tx
      .select({ id: contracts.id })
      .from(contracts)
      .where(eq(contracts.reference, input.reference));
    if (existing) problems.add("reference", t("execution.referenceTaken"));
    problems.throwIfAny();
    const { productIds, subregionIds, ...fields } = input;
    const [row] = await tx
      .insert(contracts)
      .values({
        ...fields,
        termFormReason: input.termForm === "2+2" ? null : input.termFormReason,
        createdBy: ctx.actor.id,
      })
      .returning({ id: contracts.id });
    if (!row) throw new Error("contract insert returned nothing");
    await tx.insert(contractProducts).values(productIds.map((productId) => ({ contractId: row.id, productId })));
    await tx
      .insert(contractSubregions)
      .values(subregionIds.map((subregionId) => ({ contractId: row.id, subregionId })));
    await tx.insert(kpis).values(
      STANDARD_KPI_CODES.map((code, position) => {
        const { name, unit, norm, goodFrom } = STANDARD_KPIS[code];
        return { contractId: row.id, code, name, unit, norm, goodFrom, position };
      }),
    );
    await tx.insert(performanceAgreements).values(
      DEFAULT_AGREEMENTS.map((a, position) => ({
        contractId: row.id,
        title: a.title,
        frequency: a.frequency,
        interimOnRequest: a.interimOnRequest ?? false,
        position,
        firstDueOn: a.frequency === "on_request" ? null : addYears(input.startsOn, a.frequency === "yearly" ? 1 : 2),
      })),
    );
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "contract.create",
        objectType: "contract",
        objectId: row.id,
        trajectoryId: input.trajectoryId,
        details: { reference: input.reference, providerId: input.providerId, termForm: input.termForm },
      },
    );
    return row;
  });
}

async function lockContract(tx: Executor, contractId: string) {
  const [contract] = await tx.select().from(contracts).where(eq(contracts.id, contractId)).for("update");
  if (!contract) throw new NotFoundError("contract");
  return contract;
}

/** An extension is a decision with an evaluation that includes client-experience research. */
export async function extendContract(ctx: Ctx, input: ExtensionInput): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const contract = await lockContract(tx, input.contractId);
    if (!canExtend(contract.termForm, contract.extensionsUsed))
      throw new DomainRuleError(t("execution.noExtensionLeft", { form: contract.termForm }));
    await tx.insert(contractExtensions).values({ ...input, decidedBy: ctx.actor.id });
    await tx
      .update(contracts)
      .set({ extensionsUsed: contract.extensionsUsed + 1 })
      .where(eq(contracts.id, contract.id));
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "contract.extend",
        objectType: "contract",
        objectId: contract.id,
        trajectoryId: contract.trajectoryId,
        details: { extension: contract.extensionsUsed + 1, decidedOn: input.decidedOn },
      },
    );
  });
}

/** Adds a custom KPI with its own norm and bands; more than seven is allowed but warned about. */
export async function addCustomKpi(
  ctx: Ctx,
  input: CustomKpiInput,
): Promise<{ advice: ReturnType<typeof kpiCountAdvice> }> {
  return ctx.db.transaction(async (tx) => {
    const contract = await lockContract(tx, input.contractId);
    const existing = await tx.select({ name: kpis.name }).from(kpis).where(eq(kpis.contractId, contract.id));
    const problems = new FieldProblems();
    if (existing.some((k) => k.name.toLowerCase() === input.name.toLowerCase()))
      problems.add("name", t("execution.kpiNameTaken"));
    const problem = normProblem({ unit: input.unit, norm: input.norm, goodFrom: input.goodFrom });
    if (problem === "norm_out_of_range") problems.add("norm", t(`execution.range_${input.unit}`));
    if (problem === "good_out_of_range") problems.add("goodFrom", t(`execution.range_${input.unit}`));
    if (problem === "good_below_norm") problems.add("goodFrom", t("execution.goodBelowNorm"));
    problems.throwIfAny();
    const [row] = await tx
      .insert(kpis)
      .values({
        contractId: contract.id,
        name: input.name,
        unit: input.unit,
        norm: input.norm,
        goodFrom: input.goodFrom,
        position: existing.length,
      })
      .returning({ id: kpis.id });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "kpi.create",
        objectType: "kpi",
        objectId: row?.id,
        trajectoryId: contract.trajectoryId,
        details: { contractId: contract.id, name: input.name, norm: input.norm, goodFrom: input.goodFrom },
      },
    );
    return { advice: kpiCountAdvice(existing.length + 1) };
  });
}
