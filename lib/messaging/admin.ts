import { eq } from "drizzle-orm";
import { z } from "zod";
import { outbox } from "@/db/schema";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { t } from "@/lib/i18n";
import { retryDeadMessages } from "./deliver";

/** One dead message by id, or every dead message at once. */
export const retryDeadInput = z.strictObject({
  messageId: z.union([z.uuid(), z.literal("all")], t("errors.invalidChoice")),
});

/**
 * The administrator sends dead-lettered messages again: they start over with a full set of
 * attempts and keep their Message-ID. Audited with the number of messages.
 */
export async function retryDeadAsAdmin(
  ctx: WriteContext & { actor: Actor },
  input: z.infer<typeof retryDeadInput>,
  now = new Date(),
): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const ids =
      input.messageId === "all"
        ? (await tx.select({ id: outbox.id }).from(outbox).where(eq(outbox.status, "dead"))).map((r) => r.id)
        : [input.messageId];
    const retried = await retryDeadMessages(tx, ids, now);
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "outbox.retry",
        objectType: "outbox",
        objectId: input.messageId === "all" ? null : input.messageId,
        details: { retried },
      },
    );
    return retried;
  });
}
