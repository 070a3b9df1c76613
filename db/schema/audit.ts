import { sql } from "drizzle-orm";
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Append-only audit trail with the fields the BIO asks for: action, object, result,
 * origin, actor and time. A trigger (see migrations) refuses UPDATE, DELETE and TRUNCATE.
 * No foreign keys on purpose: entries must outlive the rows they describe.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id"),
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    objectType: text("object_type").notNull(),
    objectId: text("object_id"),
    trajectoryId: uuid("trajectory_id"),
    result: text("result", { enum: ["success", "denied", "failure"] }).notNull(),
    origin: text("origin").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>(),
  },
  // The audit view pages newest first by (at, id); each filter has an index ending in (at, id), so a page of
  // a filtered million-row trail is a short backward index scan rather than a sort.
  (t) => [
    index("audit_log_at_idx").on(t.at, t.id),
    index("audit_log_trajectory_idx").on(t.trajectoryId, t.at, t.id),
    index("audit_log_object_idx").on(t.objectType, t.objectId, t.at, t.id),
    index("audit_log_action_idx").on(t.action, t.at, t.id),
    index("audit_log_actor_idx").on(t.actorId, t.at, t.id),
    // "Who" matches a name or address anywhere in the label: trigrams find a rare one without reading the trail.
    index("audit_log_actor_label_idx").using("gin", t.actorLabel.op("gin_trgm_ops")),
    index("audit_log_result_idx")
      .on(t.at, t.id)
      .where(sql`${t.result} <> 'success'`),
  ],
);
