import { sql } from "drizzle-orm";
import {
  bigint,
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
} from "drizzle-orm/pg-core";
import type { SizeThresholds } from "@/lib/overlegtafel/size-class";
import { sizeClassEnum } from "./enums";
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
