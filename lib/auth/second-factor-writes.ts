import { eq } from "drizzle-orm";
import { users, userSessions } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import { DomainRuleError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { can } from "@/lib/policy";
import type { Actor } from "./actor";
import { queueMail, secondFactorResetMail } from "./mail";
import {
  confirmEnrolment,
  regenerateRecoveryCodes,
  removeSecondFactor,
  secondFactorMandatory,
  verifySecondFactor,
} from "./second-factor";

type Ctx = WriteContext & { actor: Actor };

/**
 * Confirms enrolment with a first code from the app; answers the recovery codes to show once. Used
 * at the sign-in that requires it (no actor yet) and from the account page.
 */
export async function enrolSecondFactor(
  db: Executor,
  input: { userId: string; code: string; origin: string; actor: Actor | null },
  now = new Date(),
): Promise<string[]> {
  const codes = await db.transaction(async (tx) => {
    const issued = await confirmEnrolment(tx, input.userId, input.code, now);
    if (issued)
      await recordAudit(
        { db: tx, actor: input.actor, origin: input.origin },
        { action: "auth.mfa_enrol", objectType: "user", objectId: input.userId, details: { method: "totp" } },
      );
    return issued;
  });
  if (codes) return codes;
  await recordAudit(
    { db, actor: input.actor, origin: input.origin },
    {
      action: "auth.mfa_enrol",
      objectType: "user",
      objectId: input.userId,
      result: "denied",
      details: { reason: "wrong_code" },
    },
  );
  throw new DomainRuleError(t("errors.codeWrong"), "code");
}

async function requireOwnCode(ctx: Ctx, code: string, action: string): Promise<void> {
  const check = await verifySecondFactor(ctx.db, ctx.actor.id, code);
  if (check.ok) return;
  await recordAudit(ctx, {
    action,
    objectType: "user",
    objectId: ctx.actor.id,
    result: "denied",
    details: { reason: check.reason },
  });
  throw new DomainRuleError(t(check.reason === "waiting" ? "errors.codeWaiting" : "errors.codeWrong"), "code");
}

/** New recovery codes, confirmed with a current code; the old ones stop working. */
export async function regenerateOwnRecoveryCodes(ctx: Ctx, code: string): Promise<string[]> {
  await requireOwnCode(ctx, code, "account.mfa_recovery_codes");
  return ctx.db.transaction(async (tx) => {
    const codes = await regenerateRecoveryCodes(tx, ctx.actor.id);
    await recordAudit(
      { ...ctx, db: tx },
      { action: "account.mfa_recovery_codes", objectType: "user", objectId: ctx.actor.id },
    );
    return codes;
  });
}

/** Someone for whom the factor is optional turns it off, confirmed with a current code. */
export async function removeOwnSecondFactor(ctx: Ctx, code: string): Promise<void> {
  if (secondFactorMandatory(ctx.actor.role)) throw new DomainRuleError(t("errors.factorMandatory"));
  await requireOwnCode(ctx, code, "account.mfa_remove");
  await ctx.db.transaction(async (tx) => {
    await removeSecondFactor(tx, ctx.actor.id);
    await recordAudit({ ...ctx, db: tx }, { action: "account.mfa_remove", objectType: "user", objectId: ctx.actor.id });
  });
}

/**
 * An administrator resets someone's second factor (a lost phone and no recovery codes left): the
 * factor and codes go, every session of the account ends, the person is told by e-mail, and an
 * officer or administrator enrols again at the next sign-in.
 */
export async function resetUserSecondFactor(ctx: Ctx, input: { userId: string }): Promise<void> {
  if (!can(ctx.actor, "user.manage", { userId: input.userId })) {
    throw can(ctx.actor, "user.list") ? new DomainRuleError(t("errors.lastAdmin")) : new ForbiddenError("user.manage");
  }
  await ctx.db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, input.userId));
    if (!user) throw new NotFoundError("user");
    const removed = await removeSecondFactor(tx, input.userId);
    await tx.delete(userSessions).where(eq(userSessions.userId, input.userId));
    if (removed) await queueMail(tx, user.email, secondFactorResetMail());
    await recordAudit(
      { ...ctx, db: tx },
      { action: "user.mfa_reset", objectType: "user", objectId: input.userId, details: { hadFactor: removed } },
    );
  });
}
