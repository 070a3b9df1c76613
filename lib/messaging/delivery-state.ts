/**
 * The delivery state machine of one outbox message, as pure rules:
 *
 *   pending ──claim──▶ sending ──sent──▶ sent
 *      ▲                  │ failed (attempts left: wait retryDelayMs)      │ claim expired (worker
 *      └──────────────────┤                                                 │ stopped mid-send):
 *      ▲                  └ failed, no attempts left ──▶ dead              ◀┘ claimed again, same Message-ID
 *      └──────────── administrator retries ──────────────┘
 *
 * A message is claimed and the claim committed before the mail server is contacted, and marked
 * sent afterwards, so no transaction or row lock is held while talking to the mail server.
 */
export type DeliveryStatus = "pending" | "sending" | "sent" | "dead";

export const MAX_ATTEMPTS = 8;

/** Wait before retry n: 1, 2, 4 … minutes, at most a day. */
export const retryDelayMs = (attempts: number) => Math.min(2 ** Math.max(0, attempts - 1) * 60_000, 86_400_000);

/** What a failed attempt leads to: another try later, or the dead-letter state after the last one. */
export function afterFailure(
  attempts: number,
  now: Date,
): { status: "pending"; nextAttemptAt: Date } | { status: "dead"; deadAt: Date } {
  if (attempts >= MAX_ATTEMPTS) return { status: "dead", deadAt: now };
  return { status: "pending", nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}

/** Whether a worker may claim the message now. */
export function isClaimable(
  m: { status: DeliveryStatus; nextAttemptAt: Date; claimExpiresAt: Date | null },
  now: Date,
): boolean {
  if (m.status === "pending") return m.nextAttemptAt.getTime() <= now.getTime();
  if (m.status === "sending") return m.claimExpiresAt !== null && m.claimExpiresAt.getTime() <= now.getTime();
  return false;
}

/** Only a dead message is retried by hand; the others are on their way already. */
export const canRetryByHand = (status: DeliveryStatus) => status === "dead";

/**
 * The Message-ID header of a message: derived from its row id, so every attempt of the same
 * message carries the same one and a resend after a crash is recognisable as the same mail.
 */
export function messageIdFor(id: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1]?.toLowerCase() ?? "inkoopdialoog.invalid";
  return `<${id}@${domain}>`;
}
