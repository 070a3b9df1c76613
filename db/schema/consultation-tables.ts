import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import type { SizeThresholds } from "@/lib/overlegtafel/size-class";
import { sizeClassEnum } from "./enums";
import { meetings } from "./meetings";
import { products } from "./products";
import { providers } from "./providers";
import { regions, subregions } from "./region";
import { trajectories } from "./trajectories";
import { users } from "./users";

export const tableSubjectEnum = pgEnum("table_subject", ["product", "products", "theme"]);
export const indicatorStatusEnum = pgEnum("size_indicator_status", ["submitted", "confirmed"]);
export const classificationEnum = pgEnum("table_classification", ["large", "medium", "small", "unclassified"]);
export const compositionStatusEnum = pgEnum("composition_status", ["proposed", "fixed"]);

/** Size-class thresholds per region, set by an administrator; without a row the defaults apply. */
export const sizeThresholds = pgTable("size_thresholds", {
  regionId: uuid("region_id")
    .primaryKey()
    .references(() => regions.id),
  thresholds: jsonb("thresholds").$type<SizeThresholds>().notNull(),
  updatedBy: uuid("updated_by")
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A provider's size indicators for one year: entered by the provider (submitted) and confirmed
 * by an officer, or imported by an officer (confirmed at once). Only confirmed figures classify.
 */
export const providerSizeIndicators = pgTable(
  "provider_size_indicators",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    clients: integer("clients"),
    employees: integer("employees"),
    /** Revenue or budget within the Wmo, whole euros. */
    wmoRevenue: bigint("wmo_revenue", { mode: "number" }),
    status: indicatorStatusEnum("status").notNull(),
    enteredBy: uuid("entered_by")
      .notNull()
      .references(() => users.id),
    enteredAt: timestamp("entered_at", { withTimezone: true }).notNull().defaultNow(),
    confirmedBy: uuid("confirmed_by").references(() => users.id),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    /** The officer's decision when the figures do not decide (or are overruled), with its reason. */
    decidedClass: sizeClassEnum("decided_class"),
    decisionReason: text("decision_reason"),
  },
  (t) => [
    unique("provider_size_year_key").on(t.providerId, t.year),
    check(
      "provider_size_indicators_non_negative",
      sql`${t.clients} >= 0 AND ${t.employees} >= 0 AND ${t.wmoRevenue} >= 0`,
    ),
  ],
);

/** An overlegtafel: a subject (one product, several, or a theme) for the region or one sub-region. */
export const consultationTables = pgTable(
  "consultation_tables",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    trajectoryId: uuid("trajectory_id")
      .notNull()
      .references(() => trajectories.id, { onDelete: "cascade" }),
    regionId: uuid("region_id")
      .notNull()
      .references(() => regions.id),
    /** Null: the whole region. */
    subregionId: uuid("subregion_id").references(() => subregions.id),
    title: text("title").notNull(),
    subject: tableSubjectEnum("subject").notNull(),
    theme: text("theme"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("consultation_tables_trajectory_idx").on(t.trajectoryId)],
);

export const consultationTableProducts = pgTable(
  "consultation_table_products",
  {
    tableId: uuid("table_id")
      .notNull()
      .references(() => consultationTables.id, { onDelete: "cascade" }),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id),
  },
  (t) => [primaryKey({ columns: [t.tableId, t.productId] })],
);

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

/** A (temporary) exclusion from a table by an officer's decision, with the reason the provider is told. */
export const tableExclusions = pgTable(
  "table_exclusions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tableId: uuid("table_id")
      .notNull()
      .references(() => consultationTables.id, { onDelete: "cascade" }),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => providers.id),
    until: date("until").notNull(),
    reason: text("reason").notNull(),
    decidedBy: uuid("decided_by")
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
    /** Set when the officer ends the exclusion before its date; the provider is told the reason. */
    liftedAt: timestamp("lifted_at", { withTimezone: true }),
    liftedBy: uuid("lifted_by").references(() => users.id),
    liftReason: text("lift_reason"),
    /** Set by the scheduled job once the exclusion has run out; the provider is told (not when lifted early). */
    expiredAt: timestamp("expired_at", { withTimezone: true }),
  },
  (t) => [
    index("table_exclusions_idx").on(t.tableId, t.providerId),
    check(
      "table_exclusions_lift_complete",
      sql`(${t.liftedAt} is null) = (${t.liftedBy} is null) and (${t.liftedAt} is null) = (${t.liftReason} is null)`,
    ),
  ],
);

export type ConsultationTable = typeof consultationTables.$inferSelect;
export type TableCompositionMember = typeof tableCompositionMembers.$inferSelect;
