import { integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { consultations } from "./consultations";
import { minutesStatusEnum } from "./enums";
import { users } from "./users";

/**
 * The working copy of a consultation's feedback (terugkoppeling), with redaction marks, read only by
 * officers. It goes through the same four eyes as minutes (draft → in review → approved) before the
 * redacted copy is published in `consultations.feedback`; the row stays as the record of who wrote,
 * submitted, approved and published it.
 */
export const consultationFeedbackDrafts = pgTable("consultation_feedback_drafts", {
  consultationId: uuid("consultation_id")
    .primaryKey()
    .references(() => consultations.id, { onDelete: "cascade" }),
  document: jsonb("document").$type<RichTextDoc>().notNull(),
  /** Detector suggestions the officer decided not to redact, as "kind:text" keys. */
  dismissedFindings: jsonb("dismissed_findings").$type<string[]>().notNull().default([]),
  status: minutesStatusEnum("status").notNull().default("draft"),
  /** Raised on every save; a save based on an older revision is a conflict, never an overwrite. */
  revision: integer("revision").notNull().default(1),
  updatedBy: uuid("updated_by")
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  submittedBy: uuid("submitted_by").references(() => users.id),
  submittedAt: timestamp("submitted_at", { withTimezone: true }),
  reviewedBy: uuid("reviewed_by").references(() => users.id),
  reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
  reviewRemarks: text("review_remarks"),
  /** Everyone who wrote, redacted or submitted the text: none of them may approve it (four eyes). */
  touchedBy: jsonb("touched_by").$type<string[]>().notNull().default([]),
  publishedBy: uuid("published_by").references(() => users.id),
  publishedAt: timestamp("published_at", { withTimezone: true }),
});
