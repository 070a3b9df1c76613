import { and, eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { endAllSessionsOf } from "@/lib/auth/sessions";
import { DomainRuleError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { can } from "@/lib/policy";

type Ctx = WriteContext & { actor: Actor };

function assertMayManage(ctx: Ctx, userId: string) {
  if (can(ctx.actor, "user.manage", { userId })) return;
  // Administrators may not lock themselves out; anyone else simply lacks the right.
  throw can(ctx.actor, "user.list") ? new DomainRuleError(t("errors.lastAdmin")) : new ForbiddenError("user.manage");
}

/** A role change ends the person's sessions, so the new rights apply from their next sign-in. */
export async function changeUserRole(ctx: Ctx, input: { userId: string; role: Role }): Promise<void> {
  assertMayManage(ctx, input.userId);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select({ role: users.role }).from(users).where(eq(users.id, input.userId));
    if (!before) throw new NotFoundError("user");
    const leavesProvider = input.role !== "provider_member";
    await tx
      .update(users)
      .set({ role: input.role, ...(leavesProvider ? { providerId: null, membershipStatus: null } : {}) })
      .where(eq(users.id, input.userId));
    await endAllSessionsOf(tx, input.userId);
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "user.change_role",
        objectType: "user",
        objectId: input.userId,
        details: { from: before.role, to: input.role },
      },
    );
  });
}

export async function setUserDisabled(ctx: Ctx, input: { userId: string; disabled: boolean }): Promise<void> {
  assertMayManage(ctx, input.userId);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ disabled: input.disabled })
      .where(eq(users.id, input.userId))
      .returning({ id: users.id });
    if (!row) throw new NotFoundError("user");
    if (input.disabled) await endAllSessionsOf(tx, input.userId);
    await recordAudit(
      { ...ctx, db: tx },
      { action: input.disabled ? "user.disable" : "user.enable", objectType: "user", objectId: input.userId },
    );
  });
}

/** An officer decides whether a registered provider employee may speak for that provider. */
export async function decideMembership(
  ctx: Ctx,
  input: { userId: string; decision: "approved" | "rejected" },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ membershipStatus: input.decision })
      .where(and(eq(users.id, input.userId), eq(users.role, "provider_member")))
      .returning({ id: users.id, providerId: users.providerId });
    if (!row) throw new NotFoundError("user");
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "membership.decide",
        objectType: "user",
        objectId: input.userId,
        details: { decision: input.decision, providerId: row.providerId },
      },
    );
  });
}
