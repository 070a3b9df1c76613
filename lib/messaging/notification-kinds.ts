import type { Role } from "@/lib/auth/roles";

/**
 * What a notification is about. Each person chooses per kind how the e-mail comes: at once, in the
 * daily digest, or not at all (the notification still appears under Meldingen). Security mail (sign-in
 * links, password reset, verification) is not a notification and always goes out at once.
 */
export const NOTIFICATION_KINDS = [
  "comment_reply",
  "comment_hidden",
  "feedback_published",
  "trajectory_update",
  "comment_reported",
  "response_submitted",
  "improvement_plan",
  "general",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const DELIVERIES = ["immediate", "digest", "off"] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** Officers' work arrives in bulk (every reply of every provider), so it defaults to the digest. */
export const DEFAULT_DELIVERY: Record<NotificationKind, Delivery> = {
  comment_reply: "immediate",
  comment_hidden: "immediate",
  feedback_published: "immediate",
  trajectory_update: "digest",
  comment_reported: "digest",
  response_submitted: "digest",
  improvement_plan: "immediate",
  general: "immediate",
};

const OFFICER_KINDS: readonly NotificationKind[] = ["comment_reported", "response_submitted", "improvement_plan"];

/** The kinds a person of this role can receive, in the order the account page lists them. */
export function kindsFor(role: Role): NotificationKind[] {
  if (role === "officer") return [...OFFICER_KINDS, "general"];
  if (role === "admin") return ["general"];
  return NOTIFICATION_KINDS.filter((k) => !OFFICER_KINDS.includes(k));
}

/** The chosen delivery, or the default when the person never chose. */
export function deliveryFor(kind: NotificationKind, chosen: ReadonlyMap<string, Delivery> | undefined): Delivery {
  return chosen?.get(kind) ?? DEFAULT_DELIVERY[kind];
}
