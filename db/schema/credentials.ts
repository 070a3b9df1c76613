import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Single-use tokens sent by e-mail (password reset, address verification). Only a SHA-256 of the
 * token is stored, so a copy of the database does not let anyone reset a password.
 */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ["password_reset", "email_verification"] }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("account_tokens_user_idx").on(t.userId, t.purpose)],
);

/** A TOTP second factor; `confirmedAt` is null while enrolment waits for the first correct code. */
export const userTotp = pgTable("user_totp", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** Base32 secret; the server must be able to compute codes, so it cannot be a hash. */
  secret: text("secret").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  /** The last 30-second step a code was accepted for: a code is never accepted twice. */
  lastUsedStep: integer("last_used_step"),
});

/** One-time recovery codes, stored as hashes; `usedAt` set on use. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

/**
 * A sign-in between the first factor and the session: created once the password (or the identity
 * provider) is accepted, completed by a second factor or enrolment, consumed when the session starts.
 */
export const signInChallenges = pgTable("sign_in_challenges", {
  tokenHash: text("token_hash").primaryKey(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  /** What the person still has to do: enter a code, or enrol first. */
  step: text("step", { enum: ["verify", "enrol", "done"] }).notNull(),
  method: text("method", { enum: ["password", "oidc"] }).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});

/**
 * Consecutive failures per key (`account:…`, `address:…`, `totp:…`) and the moment the next attempt
 * is allowed. Every attempt updates its rows in one upsert, so parallel attempts cannot overtake each
 * other. Each row carries its own policy (free failures, base and maximum delay, quiet period after
 * which counting starts over), so one statement can apply different policies to different keys.
 */
export const authThrottle = pgTable("auth_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }).notNull(),
  nextAllowedAt: timestamp("next_allowed_at", { withTimezone: true }).notNull(),
  /** Whether the latest attempt was let through: what the upsert answers. */
  allowed: boolean("allowed").notNull(),
  freeFailures: integer("free_failures").notNull(),
  baseDelaySeconds: integer("base_delay_seconds").notNull(),
  maxDelaySeconds: integer("max_delay_seconds").notNull(),
  resetAfterSeconds: integer("reset_after_seconds").notNull(),
});

/** Posts per client address per minute: a generous ceiling against floods, one upsert per request. */
export const postBudget = pgTable(
  "post_budget",
  {
    address: text("address").primaryKey(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull(),
  },
  (t) => [index("post_budget_window_idx").on(t.windowStart)],
);
