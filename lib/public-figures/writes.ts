import { and, eq } from "drizzle-orm";
import { trajectories, trajectoryPublicFigures } from "@/db/schema";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { can } from "@/lib/policy";
import { figureKey } from "@/lib/redaction/detectors/figures";
import type { PublicFigureInput, RemovePublicFigureInput } from "./validation";

type Ctx = WriteContext & { actor: Actor };

/**
 * Adds a figure the municipality published to the trajectory's list (input parsed by `publicFigureInput`).
 * The same value written another way ("€ 750.000" and "750000 euro") is refused: the detector compares
 * values, not spellings.
 */
export async function addPublicFigure(ctx: Ctx, input: PublicFigureInput): Promise<{ id: string }> {
  if (!can(ctx.actor, "public_figures.manage")) throw new ForbiddenError("public_figures.manage");
  return ctx.db.transaction(async (tx) => {
    const [trajectory] = await tx
      .select({ id: trajectories.id })
      .from(trajectories)
      .where(eq(trajectories.id, input.trajectoryId))
      .for("update");
    if (!trajectory) throw new NotFoundError("trajectory");
    const existing = await tx
      .select({ figure: trajectoryPublicFigures.figure })
      .from(trajectoryPublicFigures)
      .where(eq(trajectoryPublicFigures.trajectoryId, input.trajectoryId));
    const key = figureKey(input.figure);
    if (existing.some((e) => figureKey(e.figure) === key))
      throw new DomainRuleError(t("publicFigures.duplicate"), "figure");
    const [row] = await tx
      .insert(trajectoryPublicFigures)
      .values({ ...input, createdBy: ctx.actor.id })
      .returning({ id: trajectoryPublicFigures.id });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "public_figures.add",
        objectType: "trajectory",
        objectId: input.trajectoryId,
        trajectoryId: input.trajectoryId,
        details: { figure: input.figure, description: input.description },
      },
    );
    return { id: row!.id };
  });
}

export async function removePublicFigure(ctx: Ctx, input: RemovePublicFigureInput): Promise<void> {
  if (!can(ctx.actor, "public_figures.manage")) throw new ForbiddenError("public_figures.manage");
  await ctx.db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(trajectoryPublicFigures)
      .where(
        and(
          eq(trajectoryPublicFigures.id, input.figureId),
          eq(trajectoryPublicFigures.trajectoryId, input.trajectoryId),
        ),
      )
      .returning({ figure: trajectoryPublicFigures.figure });
    if (!removed) throw new NotFoundError("public_figure");
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "public_figures.remove",
        objectType: "trajectory",
        objectId: input.trajectoryId,
        trajectoryId: input.trajectoryId,
        details: { figure: removed.figure },
      },
    );
  });
}
