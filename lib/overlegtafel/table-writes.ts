import { eq, inArray } from "drizzle-orm";
import {
  consultationTableProducts,
  consultationTables,
  meetings,
  municipalities,
  products,
  subregions,
  trajectories,
  trajectoryMunicipalities,
} from "@/db/schema";
import { relevantProviders } from "@/db/queries/overlegtafels";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { gatePlainTexts } from "@/lib/meeting/text-gate";
import { municipalDetectionContext } from "@/lib/public-figures/reads";
import type { SessionInput, TableInput } from "./validation";

type Ctx = WriteContext & { actor: Actor };

/** Creates a table; one without any relevant contracted provider is refused (there would be nobody to invite). */
export async function createTable(ctx: Ctx, input: TableInput, now = new Date()): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    const [trajectory] = await tx
      .select({ id: trajectories.id })
      .from(trajectories)
      .where(eq(trajectories.id, input.trajectoryId));
    if (!trajectory) throw new DomainRuleError(t("overlegtafel.trajectoryRequired"), "trajectoryId");
    const known = input.productIds.length
      ? await tx.select({ id: products.id }).from(products).where(inArray(products.id, input.productIds))
      : [];
    if (known.length !== input.productIds.length) throw new DomainRuleError(t("errors.invalidChoice"), "productIds");
    // The region follows from the chosen sub-region, or from the municipalities of the trajectory.
    const [scope] = input.subregionId
      ? await tx.select({ regionId: subregions.regionId }).from(subregions).where(eq(subregions.id, input.subregionId))
      : await tx
          .select({ regionId: subregions.regionId })
          .from(trajectoryMunicipalities)
          .innerJoin(municipalities, eq(municipalities.id, trajectoryMunicipalities.municipalityId))
          .innerJoin(subregions, eq(subregions.id, municipalities.subregionId))
          .where(eq(trajectoryMunicipalities.trajectoryId, input.trajectoryId))
          .limit(1);
    if (!scope) throw new DomainRuleError(t("errors.invalidChoice"), "subregionId");
    const [row] = await tx
      .insert(consultationTables)
      .values({
        trajectoryId: input.trajectoryId,
        regionId: scope.regionId,
        subregionId: input.subregionId,
        title: input.title,
        subject: input.subject,
        theme: input.theme,
        createdBy: ctx.actor.id,
      })
      .returning({
        id: consultationTables.id,
        regionId: consultationTables.regionId,
        subregionId: consultationTables.subregionId,
      });
    if (!row) throw new Error("table insert returned nothing");
    if (input.productIds.length)
      await tx
        .insert(consultationTableProducts)
        .values(input.productIds.map((productId) => ({ tableId: row.id, productId })));
    const relevant = await relevantProviders(tx, row, now.getFullYear());
    if (relevant.providers.length === 0)
      throw new DomainRuleError(
        t("overlegtafel.noRelevantProviders"),
        input.productIds.length ? "productIds" : "subregionId",
      );
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "table.create",
        objectType: "consultation_table",
        objectId: row.id,
        trajectoryId: input.trajectoryId,
        details: {
          subject: input.subject,
          products: input.productIds,
          subregionId: input.subregionId,
          relevant: relevant.providers.length,
        },
      },
    );
    return { id: row.id };
  });
}

type SessionRefusal = { refused: "sensitive_text"; message: string; kinds: string[]; trajectoryId: string };

/**
 * A session of the table is a meeting (kind "table") of the table's trajectory; attendance is mandatory.
 * Its title, agenda and place reach every seated provider: they pass the publication gate for plain
 * texts, so a finding is refused until the officer redacts it or keeps it on purpose (audited).
 */
export async function createTableSession(ctx: Ctx, input: SessionInput): Promise<{ id: string }> {
  const outcome = await ctx.db.transaction(async (tx): Promise<{ id: string } | SessionRefusal> => {
    const [table] = await tx.select().from(consultationTables).where(eq(consultationTables.id, input.tableId));
    if (!table) throw new NotFoundError("table");
    const gate = gatePlainTexts(
      { title: input.title, agenda: input.agenda, location: input.location },
      await municipalDetectionContext(tx, table.trajectoryId),
      input.findingsDecision ?? null,
    );
    if (!gate.ok)
      return {
        refused: "sensitive_text",
        message: gate.message,
        kinds: gate.findings.map((f) => f.kind),
        trajectoryId: table.trajectoryId,
      };
    const [row] = await tx
      .insert(meetings)
      .values({
        trajectoryId: table.trajectoryId,
        tableId: table.id,
        kind: "table",
        title: gate.texts.title,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        location: gate.texts.location,
        agenda: `${gate.texts.agenda}\n\n${t("overlegtafel.attendanceMandatory")}`,
        createdBy: ctx.actor.id,
      })
      .returning({ id: meetings.id });
    if (!row) throw new Error("meeting insert returned nothing");
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "meeting.create",
        objectType: "meeting",
        objectId: row.id,
        trajectoryId: table.trajectoryId,
        details: { kind: "table", tableId: table.id, redactedFindings: gate.redacted, keptFindings: gate.kept },
      },
    );
    return row;
  });
  if ("id" in outcome) return outcome;
  // Audited after the transaction, which changed nothing; the kinds only, never the text.
  await recordAudit(ctx, {
    action: "meeting.create",
    objectType: "consultation_table",
    objectId: input.tableId,
    trajectoryId: outcome.trajectoryId,
    result: "denied",
    details: { reason: outcome.refused, kinds: outcome.kinds },
  });
  throw new DomainRuleError(outcome.message, "findingsDecision");
}
