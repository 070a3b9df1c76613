import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { notificationPreferences } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import {
  DELIVERIES,
  deliveryFor,
  kindsFor,
  NOTIFICATION_KINDS,
  type Delivery,
  type NotificationKind,
} from "@/lib/messaging/notification-kinds";
import { can } from "@/lib/policy";

/** One field per kind (`kind_comment_reply`); a kind the person cannot receive is refused in the write. */
export const preferencesInput = z.strictObject(
  Object.fromEntries(
    NOTIFICATION_KINDS.map((k) => [
      `kind_${k}`,
      z.enum(DELIVERIES, { error: t("notificationPreferences.choose") }).optional(),
    ]),
  ) as Record<`kind_${NotificationKind}`, z.ZodOptional<z.ZodEnum<{ [D in Delivery]: D }>>>,
);
export type PreferencesInput = z.output<typeof preferencesInput>;

export type PreferenceRow = { kind: NotificationKind; delivery: Delivery };

/** What the person receives per kind they can get: their own choice or the default. */
export async function loadPreferences(db: Executor, actor: Actor): Promise<PreferenceRow[]> {
  const rows = await db
    .select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, actor.id));
  const chosen = new Map(rows.map((r) => [r.kind as string, r.delivery]));
  return kindsFor(actor.role).map((kind) => ({ kind, delivery: deliveryFor(kind, chosen) }));
}

/** Stores the person's choices for the kinds they can receive; audited with what changed. */
export async function savePreferences(ctx: WriteContext & { actor: Actor }, input: PreferencesInput): Promise<void> {
  if (!can(ctx.actor, "profile.update", { userId: ctx.actor.id })) throw new ForbiddenError("profile.update");
  await ctx.db.transaction(async (tx) => {
    const before = new Map((await loadPreferences(tx, ctx.actor)).map((p) => [p.kind, p.delivery]));
    const changed: Record<string, string> = {};
    for (const kind of kindsFor(ctx.actor.role)) {
      const delivery = input[`kind_${kind}`];
      if (!delivery) continue;
      await tx
        .insert(notificationPreferences)
        .values({ userId: ctx.actor.id, kind, delivery })
        .onConflictDoUpdate({
          target: [notificationPreferences.userId, notificationPreferences.kind],
          set: { delivery, updatedAt: sql`now()` },
        });
      if (before.get(kind) !== delivery) changed[kind] = delivery;
    }
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "user.notification_preferences",
        objectType: "user",
        objectId: ctx.actor.id,
        details: { changed },
      },
    );
  });
}
