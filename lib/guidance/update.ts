import { phaseGuidance } from "@/db/schema";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { invalidateReference } from "@/lib/cache/reference";
import { ASPECTS, PERSPECTIVES, type GuidanceInput } from "./validation";

type Ctx = WriteContext & { actor: Actor };

/** Replaces the guidance of one phase; the position keeps the display order stable. */
export async function updatePhaseGuidance(ctx: Ctx, input: GuidanceInput): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    for (const entry of input.entries) {
      const position = PERSPECTIVES.indexOf(entry.perspective) * ASPECTS.length + ASPECTS.indexOf(entry.aspect);
      await tx
        .insert(phaseGuidance)
        .values({
          phase: input.phase,
          perspective: entry.perspective,
          aspect: entry.aspect,
          items: entry.items,
          position,
          updatedBy: ctx.actor.id,
        })
        .onConflictDoUpdate({
          target: [phaseGuidance.phase, phaseGuidance.perspective, phaseGuidance.aspect],
          set: { items: entry.items, updatedAt: new Date(), updatedBy: ctx.actor.id },
        });
    }
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "guidance.update",
        objectType: "phase_guidance",
        objectId: input.phase,
        details: { phase: input.phase },
      },
    );
  });
  // After the commit, so no reader can cache the old text again in between.
  invalidateReference("guidance");
}
