import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { contractDocuments } from "./contract-documents";
import { escalations, escalationStepEnum } from "./escalations";
import { users } from "./users";

/** Every move on the ladder, with its explanation and the document it produced or received. */
export const escalationEvents = pgTable(
  "escalation_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    escalationId: uuid("escalation_id")
      .notNull()
      .references(() => escalations.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    fromStep: escalationStepEnum("from_step"),
    toStep: escalationStepEnum("to_step").notNull(),
    note: text("note"),
    // When a contract is removed, its documents and its ladders' events go in the same statement, in either order.
    documentId: uuid("document_id").references(() => contractDocuments.id, { onDelete: "set null" }),
    actorId: uuid("actor_id")
      .notNull()
      .references(() => users.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("escalation_events_idx").on(t.escalationId, t.at)],
);
