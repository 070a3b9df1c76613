import { date, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { performanceAgreements } from "./performance";
import { users } from "./users";

/**
 * The municipality asks for an interim report on an agreement that allows it (source 002: the complaints
 * report "1x per jaar en zo nodig tussentijds op aanvraag"), with a due date and a reason. The provider's
 * delivery points back at the request (`agreement_deliveries.interim_request_id`).
 */
export const interimReportRequests = pgTable(
  "interim_report_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => performanceAgreements.id, { onDelete: "cascade" }),
    dueOn: date("due_on").notNull(),
    reason: text("reason").notNull(),
    requestedBy: uuid("requested_by")
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("interim_report_requests_agreement_idx").on(t.agreementId)],
);

export type InterimReportRequest = typeof interimReportRequests.$inferSelect;
