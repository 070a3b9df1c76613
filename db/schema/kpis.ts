import { sql } from "drizzle-orm";
import { check, index, integer, numeric, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { KPI_UNITS, STANDARD_KPI_CODES } from "@/lib/kpi/scoring";
import { contracts } from "./contracts";
import { subregions } from "./region";
import { users } from "./users";

export const kpiUnitEnum = pgEnum("kpi_unit", KPI_UNITS);

/** A KPI of a contract: one of the three standard ones (code set) or a custom one with its own norm. */
export const kpis = pgTable(
  "kpis",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    code: text("code", { enum: STANDARD_KPI_CODES }),
    name: text("name").notNull(),
    unit: kpiUnitEnum("unit").notNull(),
    norm: numeric("norm", { precision: 6, scale: 2, mode: "number" }).notNull(),
    goodFrom: numeric("good_from", { precision: 6, scale: 2, mode: "number" }),
    position: integer("position").notNull(),
  },
  (t) => [
    unique("kpi_contract_name_key").on(t.contractId, t.name),
    check(
      "kpi_norm_range",
      sql`${t.norm} between 0 and 100 and (${t.goodFrom} is null or ${t.goodFrom} between ${t.norm} and 100)`,
    ),
  ],
);

/** One result: a KPI in one sub-region over one measurement year, with the provider's response. */
export const kpiMeasurements = pgTable(
  "kpi_measurements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kpiId: uuid("kpi_id")
      .notNull()
      .references(() => kpis.id, { onDelete: "cascade" }),
    subregionId: uuid("subregion_id")
      .notNull()
      .references(() => subregions.id),
    year: integer("year").notNull(),
    value: numeric("value", { precision: 6, scale: 2, mode: "number" }).notNull(),
    clientsInCare: integer("clients_in_care").notNull(),
    /** Typed in (or imported as a figure) by an officer, or computed from imported data (lib/kpi/measurement). */
    source: text("source", { enum: ["typed", "computed"] })
      .notNull()
      .default("typed"),
    enteredBy: uuid("entered_by")
      .notNull()
      .references(() => users.id),
    enteredAt: timestamp("entered_at", { withTimezone: true }).notNull().defaultNow(),
    providerResponse: text("provider_response"),
    respondedBy: uuid("responded_by").references(() => users.id),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    /** Set by the scheduled establishment on 1 April after the measurement year (lib/kpi/establish.ts). */
    establishedAt: timestamp("established_at", { withTimezone: true }),
  },
  (t) => [
    unique("kpi_measurement_key").on(t.kpiId, t.subregionId, t.year),
    index("kpi_measurements_year_idx").on(t.year),
    // The last line of defence; the domain checks grades (0–10) and percentages (0–100) per unit.
    check("kpi_measurement_range", sql`${t.value} between 0 and 100 and ${t.clientsInCare} >= 0`),
  ],
);

export type Kpi = typeof kpis.$inferSelect;
export type KpiMeasurement = typeof kpiMeasurements.$inferSelect;
