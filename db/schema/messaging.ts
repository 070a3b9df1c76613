import { index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { DELIVERIES, NOTIFICATION_KINDS } from "@/lib/messaging/notification-kinds";
import { users } from "./users";

/**
 * Where a message is in its delivery (lib/messaging/delivery-state.ts): `pending` waits for its
 * next attempt, `sending` is claimed by a worker until `claim_expires_at`, `sent` is final, `dead`
 * gave up after the last attempt and waits for an administrator to retry it.
 */
export const outboxStatusEnum = pgEnum("outbox_status", ["pending", "sending", "sent", "dead"]);

export const notificationKindEnum = pgEnum("notification_kind", NOTIFICATION_KINDS);
export const deliveryEnum = pgEnum("notification_delivery", DELIVERIES);

/**
 * Transactional outbox: an e-mail is written in the same transaction as the event that causes
 * it and delivered afterwards by a worker, so none is lost and none goes out for a rollback.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    lastError: text("last_error"),
    status: outboxStatusEnum("status").notNull().default("pending"),
    /** A claim older than this was left by a worker that stopped mid-send: the message is sent again. */
    claimExpiresAt: timestamp("claim_expires_at", { withTimezone: true }),
    deadAt: timestamp("dead_at", { withTimezone: true }),
  },
  (t) => [
    index("outbox_pending_idx").on(t.sentAt, t.nextAttemptAt),
    index("outbox_due_idx").on(t.status, t.nextAttemptAt),
    // The administrator's outbox pages newest first (db/queries/messaging).
    index("outbox_created_idx").on(t.createdAt, t.id),
  ],
);

/** In-app notifications per person. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    body: text("body").notNull(),
    link: text("link"),
    kind: notificationKindEnum("kind").notNull().default("general"),
    /** How its e-mail goes, as the person had chosen when it was written. */
    delivery: deliveryEnum("delivery").notNull().default("immediate"),
    /** When the daily digest carried it (only for `digest`). */
    digestedAt: timestamp("digested_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.createdAt),
    index("notifications_digest_idx").on(t.delivery, t.digestedAt),
  ],
);

/** A person's choice per kind; without a row the default of lib/messaging/notification-kinds.ts applies. */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKindEnum("kind").notNull(),
    delivery: deliveryEnum("delivery").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);
