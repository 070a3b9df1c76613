import { bigint, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { careDomainEnum, legalStageEnum, phaseEnum, procedureTypeEnum, visibilityEnum } from "./enums";
import { products } from "./products";
import { municipalities } from "./region";
import { users } from "./users";

export const trajectories = pgTable(
  "trajectories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    /** What is being bought, in plain words for providers and residents. */
    summary: text("summary").notNull(),
    domain: careDomainEnum("domain").notNull(),
    procedureType: procedureTypeEnum("procedure_type").notNull(),
    /** Estimated contract value in whole euros. */
    estimatedValue: bigint("estimated_value", { mode: "number" }),
    legalStage: legalStageEnum("legal_stage").notNull(),
    currentPhase: phaseEnum("current_phase").notNull().default("strategic_goals"),
    visibility: visibilityEnum("visibility").notNull().default("public"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("trajectories_visibility_idx").on(t.visibility, t.updatedAt)],
);

export const trajectoryProducts = pgTable(
  "trajectory_products",
  {
    trajectoryId: uuid("trajectory_id")
      .notNull()
      .references(() => trajectories.id, { onDelete: "cascade" }),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id),
  },
  (t) => [primaryKey({ columns: [t.trajectoryId, t.productId] })],
);

/** Sub-regions involved follow from the municipalities involved. */
export const trajectoryMunicipalities = pgTable(
  "trajectory_municipalities",
  {
    trajectoryId: uuid("trajectory_id")
      .notNull()
      .references(() => trajectories.id, { onDelete: "cascade" }),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
  },
  (t) => [primaryKey({ columns: [t.trajectoryId, t.municipalityId] })],
);

/** Planned timeline and the officer's notes (goals, decisions) for each of the four phases. */
export const trajectoryPhases = pgTable(
  "trajectory_phases",
  {
    trajectoryId: uuid("trajectory_id")
      .notNull()
      .references(() => trajectories.id, { onDelete: "cascade" }),
    phase: phaseEnum("phase").notNull(),
    plannedStart: date("planned_start"),
    plannedEnd: date("planned_end"),
    notes: jsonb("notes").$type<RichTextDoc>(),
    notesUpdatedAt: timestamp("notes_updated_at", { withTimezone: true }),
    notesUpdatedBy: uuid("notes_updated_by").references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.trajectoryId, t.phase] })],
);

/** Who is responsible for what, agreed up front (Zaanstad rule 1.1). */
export const trajectoryResponsibilities = pgTable("trajectory_responsibilities", {
  id: uuid("id").primaryKey().defaultRandom(),
  trajectoryId: uuid("trajectory_id")
    .notNull()
    .references(() => trajectories.id, { onDelete: "cascade" }),
  task: text("task").notNull(),
  responsible: text("responsible").notNull(),
  position: integer("position").notNull(),
});

export const phaseTransitions = pgTable(
  "phase_transitions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    trajectoryId: uuid("trajectory_id")
      .notNull()
      .references(() => trajectories.id, { onDelete: "cascade" }),
    fromPhase: phaseEnum("from_phase").notNull(),
    toPhase: phaseEnum("to_phase").notNull(),
    reason: text("reason"),
    actorId: uuid("actor_id")
      .notNull()
      .references(() => users.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("phase_transitions_trajectory_idx").on(t.trajectoryId, t.at)],
);
