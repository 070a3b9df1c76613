import { boolean, date, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { PLAN_STATUSES, SHORTFALL_SOURCES, STEPS } from "@/lib/escalation/ladder";
import { contracts } from "./contracts";
import { users } from "./users";

export const escalationStepEnum = pgEnum("escalation_step", STEPS);
export const planStatusEnum = pgEnum("improvement_plan_status", PLAN_STATUSES);
export const shortfallSourceEnum = pgEnum("shortfall_source", SHORTFALL_SOURCES);

/** One run of the escalation ladder for a contract (and so for its provider). */
export const escalations = pgTable(
  "escalations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    step: escalationStepEnum("step").notNull().default("step1"),
    source: shortfallSourceEnum("source").notNull(),
    shortfall: text("shortfall").notNull(),
    talkOn: date("talk_on").notNull(),
    agreements: text("agreements"),
    planStatus: planStatusEnum("plan_status").notNull().default("awaited"),
    planDueOn: date("plan_due_on"),
    planTermReason: text("plan_term_reason"),
    realisationDueOn: date("realisation_due_on"),
    realisationReportedAt: timestamp("realisation_reported_at", { withTimezone: true }),
    clientStop: boolean("client_stop").notNull().default(false),
    thirdParty: boolean("third_party").notNull().default(false),
    step3Ground: text("step3_ground"),
    openedBy: uuid("opened_by")
      .notNull()
      .references(() => users.id),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [index("escalations_contract_idx").on(t.contractId, t.openedAt)],
);

export type Escalation = typeof escalations.$inferSelect;
