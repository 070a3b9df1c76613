import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { classificationEnum, compositionStatusEnum, consultationTables } from "./consultation-tables";
import { meetings } from "./meetings";
import { providers } from "./providers";
import { subregions } from "./region";
import { users } from "./users";

/** The composition of one session (a meeting of the table): proposal, manual changes, then fixed. */
export const tableCompositions = pgTable(
  "table_compositions",
  {
    meetingId: uuid("meeting_id")
      .primaryKey()
      .references((): AnyPgColumn => meetings.id, { onDelete: "cascade" }),
    tableId: uuid("table_id")
      .notNull()
      .references(() => consultationTables.id, { onDelete: "cascade" }),
    /** Recorded so that anyone can repeat the draw. */
    seed: text("seed").notNull(),
    sessionDate: date("session_date").notNull(),
    mode: text("mode", { enum: ["all", "capped"] }).notNull(),
    relevantCount: integer("relevant_count").notNull(),
    status: compositionStatusEnum("status").notNull().default("proposed"),
    proposedBy: uuid("proposed_by")
      .notNull()
      .references(() => users.id),
    proposedAt: timestamp("proposed_at", { withTimezone: true }).notNull().defaultNow(),
    fixedBy: uuid("fixed_by").references(() => users.id),
    fixedAt: timestamp("fixed_at", { withTimezone: true }),
    /** Required when the fixed composition seats more of a class than the caps allow. */
    overCapReason: text("over_cap_reason"),
  },
  (t) => [index("table_compositions_table_idx").on(t.tableId, t.sessionDate)],
);

/** Every relevant provider of a session with the proposal's decision and reason, and any manual change. */
export const tableCompositionMembers = pgTable(
  "table_composition_members",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => tableCompositions.meetingId, { onDelete: "cascade" }),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => providers.id),
    sizeClass: classificationEnum("size_class").notNull(),
    subregionId: uuid("subregion_id")
      .notNull()
      .references(() => subregions.id),
    proposedInvited: boolean("proposed_invited").notNull(),
    proposedReason: text("proposed_reason").notNull(),
    drawKey: text("draw_key").notNull(),
    invited: boolean("invited").notNull(),
    /** Set by a manual change, an exclusion or a replacement; shown instead of the proposed reason. */
    changeReason: text("change_reason"),
    changedBy: uuid("changed_by").references(() => users.id),
    changedAt: timestamp("changed_at", { withTimezone: true }),
    /** For a provider who left the session (excluded or withdrew): the portal's proposed replacement. */
    replacementProviderId: uuid("replacement_provider_id").references(() => providers.id),
    replacementReason: text("replacement_reason"),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.providerId] }),
    index("table_composition_members_provider_idx").on(t.providerId),
  ],
);

export type TableCompositionMember = typeof tableCompositionMembers.$inferSelect;
