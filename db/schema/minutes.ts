import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { minutesStatusEnum } from "./enums";
import { bytea } from "./columns";
import { meetings } from "./meetings";
import { users } from "./users";

/**
 * The working copy of a meeting's minutes, with redaction marks in the editor JSON. Only officers of
 * the municipality ever read this table: it holds the unredacted original.
 */
export const minutes = pgTable("minutes", {
  meetingId: uuid("meeting_id")
    .primaryKey()
    .references(() => meetings.id, { onDelete: "cascade" }),
  document: jsonb("document").$type<RichTextDoc>().notNull(),
  /** Detector suggestions the officer decided not to redact, as "kind:text" keys. */
  dismissedFindings: jsonb("dismissed_findings").$type<string[]>().notNull().default([]),
  /** Figures the municipality published itself (thresholds, budget ceilings): never suggested. */
  publicFigures: jsonb("public_figures").$type<string[]>().notNull().default([]),
  /** The organisations' own confidential terms: always suggested. */
  confidentialTerms: jsonb("confidential_terms").$type<string[]>().notNull().default([]),
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
  /**
   * Everyone who wrote, redacted or submitted the working copy since the last publication: none of
   * them may approve it (four eyes). Emptied when a version is published.
   */
  touchedBy: jsonb("touched_by").$type<string[]>().notNull().default([]),
  /** Optional check by the attendees before publication. */
  attendeeCheckDeadline: timestamp("attendee_check_deadline", { withTimezone: true }),
  changeNote: text("change_note"),
});

/** Remarks attendees send during the optional check; they reach the officers only. */
export const minutesRemarks = pgTable(
  "minutes_remarks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("minutes_remarks_idx").on(t.meetingId, t.createdAt)],
);

/**
 * An immutable published version, built on the server from the redacted editor JSON. Everything a
 * non-officer can reach about minutes is read from here, never from `minutes`.
 */
export const minutesVersions = pgTable(
  "minutes_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    body: jsonb("body").$type<RichTextDoc>().notNull(),
    html: text("html").notNull(),
    /** Plain text of the published copy, for the portal search. */
    text: text("text").notNull(),
    pdf: bytea("pdf").notNull(),
    changeNote: text("change_note"),
    redactionCount: integer("redaction_count").notNull(),
    approvedBy: uuid("approved_by")
      .notNull()
      .references(() => users.id),
    publishedBy: uuid("published_by")
      .notNull()
      .references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("minutes_version_key").on(t.meetingId, t.version),
    index("minutes_versions_published_idx").on(t.publishedAt),
  ],
);

/**
 * The copy attendees read during the optional check: built through the publication gate when the
 * check is requested and never changed afterwards. Attendees never read the working copy.
 */
export const minutesCheckCopies = pgTable(
  "minutes_check_copies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    body: jsonb("body").$type<RichTextDoc>().notNull(),
    html: text("html").notNull(),
    deadline: timestamp("deadline", { withTimezone: true }).notNull(),
    requestedBy: uuid("requested_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("minutes_check_copies_idx").on(t.meetingId, t.createdAt)],
);
