import { index, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { trajectories } from "./trajectories";
import { users } from "./users";

/** Someone who follows a public trajectory and is told of a new consultation, published minutes, a phase change. */
export const trajectoryFollows = pgTable(
  "trajectory_follows",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    trajectoryId: uuid("trajectory_id")
      .notNull()
      .references(() => trajectories.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.trajectoryId] }),
    index("trajectory_follows_trajectory_idx").on(t.trajectoryId),
  ],
);
