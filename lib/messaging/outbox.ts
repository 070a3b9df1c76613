import { and, eq, inArray } from "drizzle-orm";
import { notifications, outbox, users } from "@/db/schema";
import type { Executor } from "@/db/connection";

export type Message = { subject: string; body: string; link?: string };

/**
 * Writes an e-mail and an in-app notification per person, inside the caller's transaction:
 * if the change rolls back, no message exists.
 */
export async function notifyUsers(tx: Executor, userIds: string[], message: Message): Promise<number> {
  if (userIds.length === 0) return 0;
  const recipients = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(inArray(users.id, userIds), eq(users.disabled, false)));
  if (recipients.length === 0) return 0;
  const body = message.link ? `${message.body}\n\n${message.link}` : message.body;
  await tx.insert(outbox).values(recipients.map((r) => ({ recipient: r.email, subject: message.subject, body })));
  await tx
    .insert(notifications)
    .values(
      recipients.map((r) => ({ userId: r.id, title: message.subject, body: message.body, link: message.link ?? null })),
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
