import { boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { councils } from "./councils";
import { membershipStatusEnum, roleEnum } from "./enums";
import { providers } from "./providers";

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  /** Null for accounts that only sign in through OpenID Connect. */
  passwordHash: text("password_hash"),
  role: roleEnum("role").notNull(),
  /** Officer's function, e.g. "Inkoper" or "Contractmanager"; free text shown to others. */
  jobTitle: text("job_title"),
  providerId: uuid("provider_id").references(() => providers.id),
  /** Whether an officer has approved that this person may speak for the provider. */
  membershipStatus: membershipStatusEnum("membership_status"),
  councilId: uuid("council_id").references(() => councils.id),
  disabled: boolean("disabled").notNull().default(false),
  /** Set when the person opened the verification link; a password account signs in only after it. */
  emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Server-side session records: a JWT is only honoured while its session row exists. */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** The absolute end of the session, however active it is. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** Last request seen (to the minute): the idle timeout counts from here. */
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    /** Client address and browser of the last request, so the owner can recognise the session. */
    lastAddress: text("last_address"),
    userAgent: text("user_agent"),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId), index("user_sessions_expires_idx").on(t.expiresAt)],
);
