import { integer, jsonb, pgTable, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { guidanceAspectEnum, perspectiveEnum, phaseEnum } from "./enums";
import { users } from "./users";

/**
 * Guidance per dialogue phase, perspective and aspect, stored as data so that a
 * municipality can adapt the wording to its own practice.
 */
export const phaseGuidance = pgTable(
  "phase_guidance",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    phase: phaseEnum("phase").notNull(),
    perspective: perspectiveEnum("perspective").notNull(),
    aspect: guidanceAspectEnum("aspect").notNull(),
    items: jsonb("items").$type<string[]>().notNull(),
    position: integer("position").notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by").references(() => users.id),
  },
  (t) => [unique("phase_guidance_key").on(t.phase, t.perspective, t.aspect)],
);
