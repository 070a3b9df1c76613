import { and, eq } from "drizzle-orm";
import {
  phaseTransitions,
  trajectories,
  trajectoryMunicipalities,
  trajectoryPhases,
  trajectoryProducts,
  trajectoryResponsibilities,
} from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { absoluteUrl } from "@/lib/http/site-url";
import { t } from "@/lib/i18n";
import { notifyFollowers } from "./follow";
import { MIN_BACK_REASON_LENGTH, planPhaseMove } from "./phase-machine";
import type { Phase } from "./constants";
import type { TrajectoryInput } from "./validation";

type Ctx = WriteContext & { actor: Actor };

async function writeChildren(db: Executor, trajectoryId: string, input: TrajectoryInput) {
  await db.delete(trajectoryProducts).where(eq(trajectoryProducts.trajectoryId, trajectoryId));
  await db.delete(trajectoryMunicipalities).where(eq(trajectoryMunicipalities.trajectoryId, trajectoryId));
  await db.delete(trajectoryResponsibilities).where(eq(trajectoryResponsibilities.trajectoryId, trajectoryId));
  await db.insert(trajectoryProducts).values(input.productIds.map((productId) => ({ trajectoryId, productId })));
  await db
    .insert(trajectoryMunicipalities)
    .values(input.municipalityIds.map((municipalityId) => ({ trajectoryId, municipalityId })));
  await db
    .insert(trajectoryResponsibilities)
    .values(input.responsibilities.map((r, position) => ({ trajectoryId, ...r, position })));
  for (const p of input.plan) {
    await db
      .insert(trajectoryPhases)
      .values({ trajectoryId, ...p })
      .onConflictDoUpdate({
        target: [trajectoryPhases.trajectoryId, trajectoryPhases.phase],
        set: { plannedStart: p.plannedStart, plannedEnd: p.plannedEnd },
      });
  }
}

const fields = (input: TrajectoryInput) => ({
  title: input.title,
  summary: input.summary,
  domain: input.domain,
  procedureType: input.procedureType,
  legalStage: input.legalStage,
  visibility: input.visibility,
  estimatedValue: input.estimatedValue,
});

export async function createTrajectory(ctx: Ctx, input: TrajectoryInput): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(trajectories)
      .values({ ...fields(input), createdBy: ctx.actor.id })
      .returning({ id: trajectories.id });
    if (!row) throw new Error("trajectory insert returned nothing");
    await writeChildren(tx, row.id, input);
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "trajectory.create",
        objectType: "trajectory",
        objectId: row.id,
        trajectoryId: row.id,
        details: { title: input.title },
      },
    );
    return row;
  });
}

export async function updateTrajectory(ctx: Ctx, id: string, input: TrajectoryInput): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(trajectories)
      .set({ ...fields(input), updatedAt: new Date() })
      .where(eq(trajectories.id, id))
      .returning({ id: trajectories.id });
    if (!row) throw new NotFoundError("trajectory");
    await writeChildren(tx, id, input);
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "trajectory.update",
        objectType: "trajectory",
        objectId: id,
        trajectoryId: id,
        details: { title: input.title },
      },
    );
  });
}

const MOVE_ERRORS = {
  stale: () => new DomainRuleError(t("errors.stalePhase")),
  same_phase: () => new DomainRuleError(t("errors.samePhase"), "to"),
  skips_phase: () => new DomainRuleError(t("errors.skipsPhase"), "to"),
  reason_required: () => new DomainRuleError(t("errors.reasonRequired", { min: MIN_BACK_REASON_LENGTH }), "reason"),
} as const;

/** Moves a trajectory between phases; the guarded update makes two simultaneous moves impossible. */
export async function moveTrajectoryPhase(
  ctx: Ctx,
  input: { trajectoryId: string; from: Phase; to: Phase; reason?: string },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select({ phase: trajectories.currentPhase })
      .from(trajectories)
      .where(eq(trajectories.id, input.trajectoryId));
    if (!current) throw new NotFoundError("trajectory");
    const move = planPhaseMove({
      current: current.phase,
      expectedFrom: input.from,
      to: input.to,
      reason: input.reason,
    });
    if (!move.ok) throw MOVE_ERRORS[move.error]();
    const [updated] = await tx
      .update(trajectories)
      .set({ currentPhase: move.to, updatedAt: new Date() })
      .where(and(eq(trajectories.id, input.trajectoryId), eq(trajectories.currentPhase, move.from)))
      .returning({ id: trajectories.id });
    if (!updated) throw MOVE_ERRORS.stale();
    const reason = input.reason?.trim() || null;
    await tx.insert(phaseTransitions).values({
      trajectoryId: input.trajectoryId,
      fromPhase: move.from,
      toPhase: move.to,
      reason,
      actorId: ctx.actor.id,
    });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "trajectory.move_phase",
        objectType: "trajectory",
        objectId: input.trajectoryId,
        trajectoryId: input.trajectoryId,
        details: { from: move.from, to: move.to, direction: move.direction, reason },
      },
    );
    const [trajectory] = await tx
      .select({ title: trajectories.title })
      .from(trajectories)
      .where(eq(trajectories.id, input.trajectoryId));
    await notifyFollowers(tx, input.trajectoryId, {
      subject: t("follow.phaseSubject", { title: trajectory?.title ?? "" }),
      body: t("follow.phaseBody", { title: trajectory?.title ?? "", phase: t(`phase.${move.to}`) }),
      link: absoluteUrl(`/trajecten/${input.trajectoryId}`),
    });
  });
}
