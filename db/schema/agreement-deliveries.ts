import { date, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { interimReportRequests } from "./interim-reports";
import { contractDocuments } from "./contract-documents";
import { performanceAgreements } from "./performance";
import { users } from "./users";

export const agreementDeliveries = pgTable("agreement_deliveries", {
  id: uuid("id").primaryKey().defaultRandom(),
  agreementId: uuid("agreement_id")
    .notNull()
    .references(() => performanceAgreements.id, { onDelete: "cascade" }),
  dueOn: date("due_on"),
  // A delivery is its report: it goes with the document (and so with its contract).
  documentId: uuid("document_id")
    .notNull()
    .references(() => contractDocuments.id, { onDelete: "cascade" }),
  /** An interim report answers this request and does not count towards the agreement's own rhythm. */
  interimRequestId: uuid("interim_request_id")
    .unique()
    .references(() => interimReportRequests.id, { onDelete: "cascade" }),
  deliveredBy: uuid("delivered_by")
    .notNull()
    .references(() => users.id),
  deliveredAt: timestamp("delivered_at", { withTimezone: true }).notNull().defaultNow(),
});
