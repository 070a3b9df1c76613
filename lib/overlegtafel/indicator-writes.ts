import { and, eq, inArray } from "drizzle-orm";
import { providers, providerSizeIndicators, regions, sizeThresholds } from "@/db/schema";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import { speakingFor, type Actor } from "@/lib/auth/actor";
import { DomainRuleError, ForbiddenError, InputError, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { parseIndicatorCsv } from "./csv-import";
import type { OwnIndicatorsInput, ThresholdsInput } from "./validation";

type Ctx = WriteContext & { actor: Actor };

/**
 * A provider member enters the figures of their own organisation for a year. Figures an officer
 * already confirmed are not overwritten: a change after confirmation goes through the officer.
 */
export async function submitOwnIndicators(ctx: Ctx, input: OwnIndicatorsInput): Promise<void> {
  const providerId = speakingFor(ctx.actor);
  if (!providerId) throw new ForbiddenError("size_indicators.submit_own");
  await ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(providerSizeIndicators)
      .where(and(eq(providerSizeIndicators.providerId, providerId), eq(providerSizeIndicators.year, input.year)))
      .for("update");
    if (existing?.status === "confirmed")
      throw new DomainRuleError(t("overlegtafel.alreadyConfirmed", { year: input.year }));
    const values = {
      clients: input.clients,
      employees: input.employees,
      wmoRevenue: input.wmoRevenue,
      status: "submitted" as const,
      enteredBy: ctx.actor.id,
      enteredAt: new Date(),
    };
    if (existing) await tx.update(providerSizeIndicators).set(values).where(eq(providerSizeIndicators.id, existing.id));
    else await tx.insert(providerSizeIndicators).values({ ...values, providerId, year: input.year });
    await recordAudit(
      { ...ctx, db: tx },
      { action: "size_indicators.submit", objectType: "provider", objectId: providerId, details: { ...input } },
    );
  });
}

export async function confirmIndicators(ctx: Ctx, indicatorId: string, now = new Date()): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(providerSizeIndicators)
      .set({ status: "confirmed", confirmedBy: ctx.actor.id, confirmedAt: now })
      .where(eq(providerSizeIndicators.id, indicatorId))
      .returning();
    if (!row) throw new NotFoundError("size indicators");
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "size_indicators.confirm",
        objectType: "provider",
        objectId: row.providerId,
        details: { year: row.year, clients: row.clients, employees: row.employees, wmoRevenue: row.wmoRevenue },
      },
    );
  });
}

/**
 * The officer decides the class where the figures do not (or overrules them), always with a reason;
 * also for a provider without any figures that year.
 */
export async function decideClass(
  ctx: Ctx,
  input: { providerId: string; year: number; decidedClass: "large" | "medium" | "small"; decisionReason: string },
  now = new Date(),
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [provider] = await tx.select({ id: providers.id }).from(providers).where(eq(providers.id, input.providerId));
    if (!provider) throw new NotFoundError("provider");
    const decision = {
      decidedClass: input.decidedClass,
      decisionReason: input.decisionReason,
      status: "confirmed" as const,
      confirmedBy: ctx.actor.id,
      confirmedAt: now,
    };
    await tx
      .insert(providerSizeIndicators)
      .values({ providerId: provider.id, year: input.year, enteredBy: ctx.actor.id, enteredAt: now, ...decision })
      .onConflictDoUpdate({ target: [providerSizeIndicators.providerId, providerSizeIndicators.year], set: decision });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "size_indicators.decide_class",
        objectType: "provider",
        objectId: provider.id,
        details: { year: input.year, decidedClass: input.decidedClass, reason: input.decisionReason },
      },
    );
  });
}

/**
 * Imports the officer's CSV: every line must be right and name a known provider (by KvK number),
 * or nothing is imported. Imported figures count as confirmed; a decided class is kept.
 */
export async function importIndicators(ctx: Ctx, csv: string, now = new Date()): Promise<number> {
  const parsed = parseIndicatorCsv(csv, now.getFullYear());
  if (parsed.errors.length) throw new InputError({ csv: parsed.errors.slice(0, 20) });
  return ctx.db.transaction(async (tx) => {
    const kvks = [...new Set(parsed.rows.map((r) => r.kvkNumber))];
    const known = new Map(
      (
        await tx
          .select({ id: providers.id, kvk: providers.kvkNumber })
          .from(providers)
          .where(inArray(providers.kvkNumber, kvks))
      ).map((p) => [p.kvk, p.id]),
    );
    const unknown = parsed.rows.filter((r) => !known.has(r.kvkNumber));
    if (unknown.length)
      throw new InputError({
        csv: unknown.slice(0, 20).map((r) => t("overlegtafel.csvUnknownProvider", { line: r.line, kvk: r.kvkNumber })),
      });
    for (const row of parsed.rows) {
      const values = {
        clients: row.clients,
        employees: row.employees,
        wmoRevenue: row.wmoRevenue,
        status: "confirmed" as const,
        enteredBy: ctx.actor.id,
        enteredAt: now,
        confirmedBy: ctx.actor.id,
        confirmedAt: now,
      };
      await tx
        .insert(providerSizeIndicators)
        .values({ ...values, providerId: known.get(row.kvkNumber)!, year: row.year })
        .onConflictDoUpdate({ target: [providerSizeIndicators.providerId, providerSizeIndicators.year], set: values });
    }
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "size_indicators.import",
        objectType: "provider",
        details: { rows: parsed.rows.length, years: [...new Set(parsed.rows.map((r) => r.year))] },
      },
    );
    return parsed.rows.length;
  });
}

export async function setThresholds(ctx: Ctx, input: ThresholdsInput, now = new Date()): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [region] = await tx.select({ id: regions.id }).from(regions).where(eq(regions.id, input.regionId));
    if (!region) throw new NotFoundError("region");
    await tx
      .insert(sizeThresholds)
      .values({ regionId: region.id, thresholds: input.thresholds, updatedBy: ctx.actor.id, updatedAt: now })
      .onConflictDoUpdate({
        target: sizeThresholds.regionId,
        set: { thresholds: input.thresholds, updatedBy: ctx.actor.id, updatedAt: now },
      });
    await recordAudit(
      { ...ctx, db: tx },
      { action: "size_thresholds.set", objectType: "region", objectId: region.id, details: input.thresholds },
    );
  });
}
