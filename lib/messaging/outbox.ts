import { and, eq, inArray } from "drizzle-orm";
import { notificationPreferences, notifications, outbox, users } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { deliveryFor, type Delivery, type NotificationKind } from "./notification-kinds";

/** `kind` decides, with each person's preference, whether the e-mail goes now, in the digest or not at all. */
export type Message = { subject: string; body: string; link?: string; kind?: NotificationKind };

/**
 * Writes an in-app notification per person and, as each chose for this kind, an e-mail, inside the
 * caller's transaction: if the change rolls back, no message exists. Returns how many were notified.
 */
export async function notifyUsers(tx: Executor, userIds: string[], message: Message): Promise<number> {
  if (userIds.length === 0) return 0;
  const recipients = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(inArray(users.id, userIds), eq(users.disabled, false)));
  if (recipients.length === 0) return 0;
  const kind = message.kind ?? "general";
  const chosen = await tx
    .select({ userId: notificationPreferences.userId, delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(
      and(
        inArray(
          notificationPreferences.userId,
          recipients.map((r) => r.id),
        ),
        eq(notificationPreferences.kind, kind),
      ),
    );
  const delivery = (userId: string): Delivery =>
    deliveryFor(kind, new Map(chosen.filter((c) => c.userId === userId).map((c) => [kind, c.delivery])));
  const body = message.link ? `${message.body}\n\n${message.link}` : message.body;
  const now = recipients.filter((r) => delivery(r.id) === "immediate");
  if (now.length) {
    await tx.insert(outbox).values(now.map((r) => ({ recipient: r.email, subject: message.subject, body })));
  }
  await tx.insert(notifications).values(
    recipients.map((r) => ({
      userId: r.id,
      title: message.subject,
      body: message.body,
      link: message.link ?? null,
      kind,
      delivery: delivery(r.id),
    })),
  );
  return recipients.length;
}

/** People who may speak for the given providers: approved members with an active account. */
export async function speakersFor(tx: Executor, providerIds: string[]): Promise<string[]> {
  if (providerIds.length === 0) return [];
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        inArray(users.providerId, providerIds),
        eq(users.membershipStatus, "approved"),
        eq(users.role, "provider_member"),
        eq(users.disabled, false),
      ),
    );
  return rows.map((r) => r.id);
}
