import { sql } from "drizzle-orm";
import { boolean, check, date, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { CareStartComputation, ResultComputation } from "@/lib/kpi/measurement/compute";
import { MEASUREMENT_KINDS } from "@/lib/kpi/measurement/columns";
import { MISS_REASONS } from "@/lib/kpi/measurement/compute";
import { contracts } from "./contracts";
import { subregions } from "./region";
import { users } from "./users";

/**
 * One imported data set: the messages (iWmo301/305) or the evaluations of one contract in one
 * sub-region over one measurement year. A new import of the same year replaces it. The rows hold a
 * pseudonymous reference only — never a BSN, name or birth date (the import refuses such files).
 */
export const kpiDataImports = pgTable(
  "kpi_data_imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    subregionId: uuid("subregion_id")
      .notNull()
      .references(() => subregions.id),
    year: integer("year").notNull(),
    kind: text("kind", { enum: MEASUREMENT_KINDS }).notNull(),
    rowCount: integer("row_count").notNull(),
    fileName: text("file_name").notNull(),
    /** The computation with its counts, as the pure functions of lib/kpi/measurement/compute gave it. */
    computation: jsonb("computation").$type<CareStartComputation | ResultComputation>().notNull(),
    importedBy: uuid("imported_by")
      .notNull()
      .references(() => users.id),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("kpi_data_import_key").on(t.contractId, t.subregionId, t.year, t.kind)],
);

/** One allocation: the start date of its iWmo301, the actual start from the iWmo305 and when that was sent. */
export const kpiCareStartRecords = pgTable(
  "kpi_care_start_records",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => kpiDataImports.id, { onDelete: "cascade" }),
    reference: text("reference").notNull(),
    productCode: text("product_code").notNull(),
    allocationStart: date("allocation_start").notNull(),
    actualStart: date("actual_start").notNull(),
    messageSent: date("message_sent").notNull(),
  },
  (t) => [
    unique("kpi_care_start_record_key").on(t.importId, t.reference, t.productCode),
    check(
      "kpi_care_start_order",
      sql`${t.actualStart} >= ${t.allocationStart} and ${t.messageSent} >= ${t.actualStart}`,
    ),
  ],
);

/** One ended allocation: whether its result was achieved and, when not, on whose account. */
export const kpiResultRecords = pgTable(
  "kpi_result_records",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => kpiDataImports.id, { onDelete: "cascade" }),
    reference: text("reference").notNull(),
    productCode: text("product_code").notNull(),
    achieved: boolean("achieved").notNull(),
    reason: text("reason", { enum: MISS_REASONS }),
  },
  (t) => [
    unique("kpi_result_record_key").on(t.importId, t.reference, t.productCode),
    check(
      "kpi_result_reason",
      sql`(${t.achieved} and ${t.reason} is null) or (not ${t.achieved} and ${t.reason} is not null)`,
    ),
  ],
);

export type KpiDataImport = typeof kpiDataImports.$inferSelect;
