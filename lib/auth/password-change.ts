import { and, eq, ne } from "drizzle-orm";
import { users, userSessions } from "@/db/schema";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import { DomainRuleError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import type { Actor } from "./actor";
import { verifyCredentials } from "./credentials";
import { passwordChangedMail, queueMail } from "./mail";
import { hashPassword } from "./passwords";

/**
 * A signed-in person changes their password. The current one is required (and throttled like a
 * sign-in), so a borrowed browser is not enough; every other session of the account ends.
 */
export async function changeOwnPassword(
  ctx: WriteContext & { actor: Actor },
  input: { currentPassword: string; password: string; address: string; currentSessionId: string | null },
): Promise<void> {
  const check = await verifyCredentials(ctx.db, ctx.actor.email, input.currentPassword, input.address);
  if (!check.ok || check.userId !== ctx.actor.id) {
    await recordAudit(ctx, {
      action: "account.password_change",
      objectType: "user",
      objectId: ctx.actor.id,
      result: "denied",
      details: { reason: check.ok ? "mismatch" : check.reason },
    });
    throw new DomainRuleError(t("errors.currentPasswordWrong"), "currentPassword");
  }
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, ctx.actor.id));
    await tx
      .delete(userSessions)
      .where(
        input.currentSessionId
          ? and(eq(userSessions.userId, ctx.actor.id), ne(userSessions.id, input.currentSessionId))
          : eq(userSessions.userId, ctx.actor.id),
      );
    await queueMail(tx, ctx.actor.email, passwordChangedMail());
    await recordAudit(
      { ...ctx, db: tx },
      { action: "account.password_change", objectType: "user", objectId: ctx.actor.id },
    );
  });
}
