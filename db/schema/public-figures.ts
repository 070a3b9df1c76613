import { pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { trajectories } from "./trajectories";
import { users } from "./users";

/**
 * Figures the municipality has published itself for a trajectory (tariffs, budgets, thresholds,
 * indexation): the detector never suggests them for redaction. Kept by an officer per trajectory.
 */
export const trajectoryPublicFigures = pgTable(
  "trajectory_public_figures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    trajectoryId: uuid("trajectory_id")
      .notNull()
      .references(() => trajectories.id, { onDelete: "cascade" }),
    /** As written in the publication: "€ 62,40", "1,2 miljoen", "3,8%". */
    figure: text("figure").notNull(),
    /** What the figure is, for the officer: "uurtarief begeleiding individueel 2027". */
    description: text("description").notNull(),
    /** Where it was published (document, web address, council decision), if known. */
    source: text("source"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // The unique constraint's index also serves the look-up by trajectory.
  (t) => [unique("trajectory_public_figures_unique").on(t.trajectoryId, t.figure)],
);
