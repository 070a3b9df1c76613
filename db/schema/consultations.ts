import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import {
  audienceEnum,
  consultationFormEnum,
  consultationStateEnum,
  interactionEnum,
  opennessEnum,
  phaseEnum,
  questionKindEnum,
  responseStatusEnum,
} from "./enums";
import { providers } from "./providers";
import { trajectories } from "./trajectories";
import { users } from "./users";

export const consultations = pgTable(
  "consultations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    trajectoryId: uuid("trajectory_id")
      .notNull()
      .references(() => trajectories.id, { onDelete: "cascade" }),
    phase: phaseEnum("phase").notNull(),
    title: text("title").notNull(),
    introduction: jsonb("introduction").$type<RichTextDoc>().notNull(),
    openness: opennessEnum("openness").notNull(),
    form: consultationFormEnum("form").notNull(),
    interaction: interactionEnum("interaction").notNull(),
    audience: audienceEnum("audience").notNull(),
    state: consultationStateEnum("state").notNull().default("draft"),
    opensAt: timestamp("opens_at", { withTimezone: true }).notNull(),
    closesAt: timestamp("closes_at", { withTimezone: true }).notNull(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** What was heard per theme and what the municipality did with it (terugkoppeling). */
    feedback: jsonb("feedback").$type<RichTextDoc>(),
    feedbackPublishedAt: timestamp("feedback_published_at", { withTimezone: true }),
  },
  (t) => [
    index("consultations_listing_idx").on(t.openness, t.state, t.closesAt),
    index("consultations_trajectory_idx").on(t.trajectoryId),
  ],
);

export const consultationQuestions = pgTable(
  "consultation_questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: questionKindEnum("kind").notNull(),
    prompt: text("prompt").notNull(),
    helpText: text("help_text"),
    required: boolean("required").notNull().default(false),
    options: jsonb("options").$type<string[]>().notNull().default([]),
  },
  (t) => [index("consultation_questions_idx").on(t.consultationId, t.position)],
);

/** An invitation goes to a provider organisation or to one person (e.g. a council member). */
export const consultationInvitations = pgTable(
  "consultation_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    providerId: uuid("provider_id").references(() => providers.id),
    userId: uuid("user_id").references(() => users.id),
    invitedAt: timestamp("invited_at", { withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp("opened_at", { withTimezone: true }),
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
  },
  (t) => [
    unique("invitation_provider_key").on(t.consultationId, t.providerId),
    unique("invitation_user_key").on(t.consultationId, t.userId),
  ],
);

/** One response per provider organisation (shared draft) or per council member. */
export const consultationResponses = pgTable(
  "consultation_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    providerId: uuid("provider_id").references(() => providers.id),
    userId: uuid("user_id").references(() => users.id),
    status: responseStatusEnum("status").notNull().default("draft"),
    /** Raised on every save; a save based on an older version is a conflict, never an overwrite. */
    version: integer("version").notNull().default(1),
    updatedBy: uuid("updated_by")
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
  },
  (t) => [
    unique("response_provider_key").on(t.consultationId, t.providerId),
    unique("response_user_key").on(t.consultationId, t.userId),
    // The officer's overview pages submitted responses in this order (db/queries/consultation-responses).
    index("consultation_responses_submitted_idx")
      .on(t.consultationId, sql`coalesce(${t.submittedAt}, ${t.updatedAt})`, t.id)
      .where(sql`${t.status} = 'submitted'`),
  ],
);

export const consultationAnswers = pgTable(
  "consultation_answers",
  {
    responseId: uuid("response_id")
      .notNull()
      .references(() => consultationResponses.id, { onDelete: "cascade" }),
    questionId: uuid("question_id")
      .notNull()
      .references(() => consultationQuestions.id, { onDelete: "cascade" }),
    value: jsonb("value").$type<string | string[] | number | null>(),
    /** Never shown outside the municipality, also not in interactive mode or exports for others. */
    competitionSensitive: boolean("competition_sensitive").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.questionId] })],
);

/** Discussion under a consultation; moderation hides a comment with a stated reason, it never deletes it. */
export const consultationComments = pgTable(
  "consultation_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id"),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    hiddenAt: timestamp("hidden_at", { withTimezone: true }),
    hiddenBy: uuid("hidden_by").references(() => users.id),
    hiddenReason: text("hidden_reason"),
    /** Set when the author changed the text; the earlier texts are in comment_revisions. */
    editedAt: timestamp("edited_at", { withTimezone: true }),
  },
  (t) => [
    index("consultation_comments_idx").on(t.consultationId, t.createdAt),
    // The replies of one page of threads are read by their parents; without it every page scans all comments.
    index("consultation_comments_replies_idx").on(t.parentId, t.createdAt, t.id),
  ],
);

/** A comment's earlier text, kept when its author edits it, so moderation can see what was said. */
export const commentRevisions = pgTable(
  "comment_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commentId: uuid("comment_id")
      .notNull()
      .references(() => consultationComments.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    /** When this text was replaced by the next one. */
    replacedAt: timestamp("replaced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("comment_revisions_comment_idx").on(t.commentId, t.replacedAt)],
);

export const commentFlags = pgTable(
  "comment_flags",
  {
    commentId: uuid("comment_id")
      .notNull()
      .references(() => consultationComments.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] })],
);

/** Changes made after publication: logged and announced to participants. */
export const consultationChanges = pgTable(
  "consultation_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    summary: text("summary").notNull(),
    changedBy: uuid("changed_by")
      .notNull()
      .references(() => users.id),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("consultation_changes_idx").on(t.consultationId, t.changedAt)],
);
