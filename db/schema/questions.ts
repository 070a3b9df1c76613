import { sql } from "drizzle-orm";
import {
  boolean,
  unique,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { ANSWER_STATES, QUESTION_STATES, ROUND_STATES } from "@/lib/questions/constants";
import { bytea } from "./columns";
import { consultationChanges, consultations } from "./consultations";
import { providers } from "./providers";
import { trajectories } from "./trajectories";
import { users } from "./users";

export const qaQuestionStateEnum = pgEnum("qa_question_state", QUESTION_STATES);
export const qaAnswerStateEnum = pgEnum("qa_answer_state", ANSWER_STATES);
export const qaRoundStateEnum = pgEnum("qa_round_state", ROUND_STATES);

/** The question period of a consultation when it ends before the consultation closes. */
export const qaPeriods = pgTable("qa_periods", {
  consultationId: uuid("consultation_id")
    .primaryKey()
    .references(() => consultations.id, { onDelete: "cascade" }),
  closesAt: timestamp("closes_at", { withTimezone: true }).notNull(),
  setBy: uuid("set_by")
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The earlier end an officer set for the questions about a trajectory as a whole; without it they may be
 * asked for as long as the trajectory is in its analysis or choices phase.
 */
export const qaTrajectoryPeriods = pgTable("qa_trajectory_periods", {
  trajectoryId: uuid("trajectory_id")
    .primaryKey()
    .references(() => trajectories.id, { onDelete: "cascade" }),
  closesAt: timestamp("closes_at", { withTimezone: true }).notNull(),
  setBy: uuid("set_by")
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A round (ronde) of questions and answers, numbered per consultation, or per trajectory for the
 * questions about the trajectory as a whole (no consultation). Its published text lives in
 * `qa_round_versions`; this row is the officers' working state, with who touched it (four eyes).
 */
export const qaRounds = pgTable(
  "qa_rounds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Null: a round about the trajectory as a whole. */
    consultationId: uuid("consultation_id").references(() => consultations.id, { onDelete: "cascade" }),
    trajectoryId: uuid("trajectory_id")
      .notNull()
      .references(() => trajectories.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    plannedAt: timestamp("planned_at", { withTimezone: true }),
    state: qaRoundStateEnum("state").notNull().default("draft"),
    submittedBy: uuid("submitted_by").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewRemarks: text("review_remarks"),
    /** Everyone who composed, edited, redacted or submitted the round since its last publication. */
    touchedBy: jsonb("touched_by").$type<string[]>().notNull().default([]),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("qa_round_number_key")
      .on(t.consultationId, t.number)
      .where(sql`${t.consultationId} is not null`),
    uniqueIndex("qa_round_trajectory_number_key")
      .on(t.trajectoryId, t.number)
      .where(sql`${t.consultationId} is null`),
  ],
);

/**
 * A question asked on behalf of an organisation (or by a resident or council member). `body` is what the
 * asker typed and is read only by the asker and officers; what is published is `publicQuestion`, the
 * officer's redacted copy, and the answer, both through the publication gate.
 */
export const qaQuestions = pgTable(
  "qa_questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Null: a question about the trajectory as a whole, asked in its analysis or choices phase. */
    consultationId: uuid("consultation_id").references(() => consultations.id, { onDelete: "cascade" }),
    trajectoryId: uuid("trajectory_id")
      .notNull()
      .references(() => trajectories.id, { onDelete: "cascade" }),
    askedBy: uuid("asked_by")
      .notNull()
      .references(() => users.id),
    providerId: uuid("provider_id").references(() => providers.id),
    body: text("body").notNull(),
    askedAt: timestamp("asked_at", { withTimezone: true }).notNull().defaultNow(),
    state: qaQuestionStateEnum("state").notNull().default("received"),
    mergedInto: uuid("merged_into"),
    declineReason: text("decline_reason"),
    publicQuestion: jsonb("public_question").$type<RichTextDoc>(),
    questionDismissed: jsonb("question_dismissed").$type<string[]>().notNull().default([]),
    answer: jsonb("answer").$type<RichTextDoc>(),
    answerDismissed: jsonb("answer_dismissed").$type<string[]>().notNull().default([]),
    answerState: qaAnswerStateEnum("answer_state").notNull().default("none"),
    /** The answer changes the consultation's text: the entry in the edit-after-publication log. */
    changeId: uuid("change_id").references(() => consultationChanges.id),
    roundId: uuid("round_id").references(() => qaRounds.id),
    /** Officers who wrote or redacted this question's public copy or answer since it was last published. */
    touchedBy: jsonb("touched_by").$type<string[]>().notNull().default([]),
    revision: integer("revision").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("qa_questions_consultation_idx").on(t.consultationId, t.askedAt),
    index("qa_questions_round_idx").on(t.roundId),
    index("qa_questions_trajectory_idx").on(t.trajectoryId, t.askedAt),
  ],
);

/**
 * A published round as participants received it: immutable (triggers refuse UPDATE, DELETE and
 * TRUNCATE; the application role has no grant for them either). A correction is a new version.
 */
export const qaRoundVersions = pgTable(
  "qa_round_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roundId: uuid("round_id")
      .notNull()
      .references(() => qaRounds.id),
    /** Null for a round about the trajectory as a whole; `trajectoryId` is always set. */
    consultationId: uuid("consultation_id").references(() => consultations.id),
    trajectoryId: uuid("trajectory_id")
      .notNull()
      .references(() => trajectories.id),
    roundNumber: integer("round_number").notNull(),
    version: integer("version").notNull(),
    body: jsonb("body").$type<RichTextDoc>().notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    pdf: bytea("pdf").notNull(),
    questionCount: integer("question_count").notNull(),
    changesText: boolean("changes_text").notNull().default(false),
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
    unique("qa_round_version_key").on(t.roundId, t.version),
    index("qa_round_versions_consultation_idx").on(t.consultationId, t.roundNumber),
    index("qa_round_versions_trajectory_idx").on(t.trajectoryId, t.roundNumber),
  ],
);
