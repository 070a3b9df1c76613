import { date, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { contracts } from "./contracts";
import { meetings } from "./meetings";
import { users } from "./users";

export type ClientCount = { product: string; municipality: string; clients: number };

/** A contract-management meeting: a one-to-one meeting held about one contract in one year. */
export const contractMeetings = pgTable(
  "contract_meetings",
  {
    meetingId: uuid("meeting_id")
      .primaryKey()
      .references(() => meetings.id, { onDelete: "cascade" }),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
  },
  (t) => [unique("contract_meeting_year_key").on(t.contractId, t.year)],
);

/** The provider's report, delivered before the meeting (source 002: at least these subjects). */
export const contractReports = pgTable("contract_reports", {
  id: uuid("id").primaryKey().defaultRandom(),
  meetingId: uuid("meeting_id")
    .notNull()
    .references(() => meetings.id, { onDelete: "cascade" })
    .unique(),
  clientCounts: jsonb("client_counts").$type<ClientCount[]>().notNull(),
  complaintsCount: integer("complaints_count").notNull(),
  complaintsNature: text("complaints_nature").notNull(),
  complaintsHandling: text("complaints_handling").notNull(),
  calamities: text("calamities").notNull(),
  certificateValidUntil: date("certificate_valid_until"),
  submittedBy: uuid("submitted_by")
    .notNull()
    .references(() => users.id),
  submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
});
