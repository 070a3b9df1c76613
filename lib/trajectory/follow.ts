import { and, eq, notInArray } from "drizzle-orm";
import { z } from "zod";
import { trajectories, trajectoryFollows } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { notifyUsers, type Message } from "@/lib/messaging/outbox";
import { can } from "@/lib/policy";

export const followInput = z.strictObject({ trajectoryId: z.uuid(), follow: z.enum(["1", "0"]) });

async function visibilityOf(db: Executor, trajectoryId: string) {
  const [row] = await db
    .select({ visibility: trajectories.visibility })
    .from(trajectories)
    .where(eq(trajectories.id, trajectoryId));
  return row?.visibility ?? null;
}

/** Whether the actor follows the trajectory, and whether they may (a public trajectory, not staff). */
export async function followState(db: Executor, actor: Actor | null, trajectoryId: string) {
  const visibility = await visibilityOf(db, trajectoryId);
  if (!actor || !visibility || !can(actor, "trajectory.follow", { visibility }))
    return { mayFollow: false, following: false };
  const [row] = await db
    .select({ userId: trajectoryFollows.userId })
    .from(trajectoryFollows)
    .where(and(eq(trajectoryFollows.userId, actor.id), eq(trajectoryFollows.trajectoryId, trajectoryId)));
  return { mayFollow: true, following: Boolean(row) };
}

/** Starts or stops following; a trajectory the actor may not see is not found. */
export async function setFollowing(ctx: WriteContext & { actor: Actor }, input: z.output<typeof followInput>) {
  const visibility = await visibilityOf(ctx.db, input.trajectoryId);
  if (!visibility || !can(ctx.actor, "trajectory.view", { visibility })) throw new NotFoundError("trajectory");
  if (!can(ctx.actor, "trajectory.follow", { visibility })) throw new ForbiddenError("trajectory.follow");
  await ctx.db.transaction(async (tx) => {
    const where = and(
      eq(trajectoryFollows.userId, ctx.actor.id),
      eq(trajectoryFollows.trajectoryId, input.trajectoryId),
    );
    if (input.follow === "1") {
      await tx
        .insert(trajectoryFollows)
        .values({ userId: ctx.actor.id, trajectoryId: input.trajectoryId })
        .onConflictDoNothing();
    } else {
      await tx.delete(trajectoryFollows).where(where);
    }
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: input.follow === "1" ? "trajectory.follow" : "trajectory.unfollow",
        objectType: "trajectory",
        objectId: input.trajectoryId,
        trajectoryId: input.trajectoryId,
      },
    );
  });
}

/**
 * Tells the followers of a public trajectory, inside the caller's transaction, as each chose for
 * trajectory news; those in `already` got their own message about the same event and are skipped.
 */
export async function notifyFollowers(
  tx: Executor,
  trajectoryId: string,
  message: Omit<Message, "kind">,
  already: readonly string[] = [],
): Promise<number> {
  if ((await visibilityOf(tx, trajectoryId)) !== "public") return 0;
  const rows = await tx
    .select({ userId: trajectoryFollows.userId })
    .from(trajectoryFollows)
    .where(
      and(
        eq(trajectoryFollows.trajectoryId, trajectoryId),
        already.length ? notInArray(trajectoryFollows.userId, [...already]) : undefined,
      ),
    );
  return notifyUsers(
    tx,
    rows.map((r) => r.userId),
    { ...message, kind: "trajectory_update" },
  );
}
