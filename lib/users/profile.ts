import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/errors";
import { can } from "@/lib/policy";

export async function updateOwnProfile(ctx: WriteContext & { actor: Actor }, input: { name: string }): Promise<void> {
  if (!can(ctx.actor, "profile.update", { userId: ctx.actor.id })) throw new ForbiddenError("profile.update");
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ name: input.name }).where(eq(users.id, ctx.actor.id));
    await recordAudit(
      { ...ctx, db: tx },
      { action: "user.update_profile", objectType: "user", objectId: ctx.actor.id },
    );
  });
}
