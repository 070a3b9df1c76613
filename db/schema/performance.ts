import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { FREQUENCIES } from "@/lib/performance/due-dates";
import { contracts } from "./contracts";
import { escalations } from "./escalations";
import { users } from "./users";

export const frequencyEnum = pgEnum("agreement_frequency", FREQUENCIES);

/** A performance agreement (prestatieafspraak) with its frequency and first due date. */
export const performanceAgreements = pgTable(
  "performance_agreements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    frequency: frequencyEnum("frequency").notNull(),
    firstDueOn: date("first_due_on"),
    /** For "on request": the date the municipality asked for. */
    requestedDueOn: date("requested_due_on"),
    /** Besides its own rhythm, the municipality may ask for an interim report (the complaints report). */
    interimOnRequest: boolean("interim_on_request").notNull().default(false),
    position: integer("position").notNull(),
  },
  (t) => [index("performance_agreements_contract_idx").on(t.contractId)],
);

/** A sample check of files: more than 10% missing their goals opens escalation step 1, its ground. */
export const sampleChecks = pgTable(
  "sample_checks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    checkedOn: date("checked_on").notNull(),
    filesDrawn: integer("files_drawn").notNull(),
    filesFailing: integer("files_failing").notNull(),
    note: text("note"),
    /** The ladder this sample opened (more than 10% failing); null at 10% or less. */
    escalationId: uuid("escalation_id").references(() => escalations.id, { onDelete: "set null" }),
    checkedBy: uuid("checked_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("sample_check_counts", sql`${t.filesDrawn} > 0 and ${t.filesFailing} between 0 and ${t.filesDrawn}`)],
);
