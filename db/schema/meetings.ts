import { index, pgTable, text, timestamp, unique, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { consultationTables } from "./consultation-tables";
import { consultations } from "./consultations";
import { attendanceEnum, meetingKindEnum, minutesAudienceEnum } from "./enums";
import { providers } from "./providers";
import { trajectories } from "./trajectories";
import { users } from "./users";

/** A meeting (bijeenkomst): a session of an oral consultation, a table session or a one-to-one talk. */
export const meetings = pgTable(
  "meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    trajectoryId: uuid("trajectory_id")
      .notNull()
      .references(() => trajectories.id, { onDelete: "cascade" }),
    consultationId: uuid("consultation_id").references(() => consultations.id, { onDelete: "set null" }),
    /** Set for a session of a consultation table (overlegtafel). */
    tableId: uuid("table_id").references((): AnyPgColumn => consultationTables.id, { onDelete: "cascade" }),
    kind: meetingKindEnum("kind").notNull(),
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    location: text("location"),
    onlineUrl: text("online_url"),
    agenda: text("agenda").notNull(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Set when invitations went out; invitees added later are told at once. */
    invitationsSentAt: timestamp("invitations_sent_at", { withTimezone: true }),
    /**
     * Who receives the published minutes: everyone involved in the trajectory (the default, so no
     * provider gains an information advantage), or only this meeting's invitees — one-to-one
     * contract-management talks with a single provider.
     */
    minutesAudience: minutesAudienceEnum("minutes_audience").notNull().default("trajectory"),
    /** Set when the officer called the meeting off, with the reason the invitees were told. */
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelReason: text("cancel_reason"),
  },
  (t) => [
    index("meetings_trajectory_idx").on(t.trajectoryId, t.startsAt),
    index("meetings_consultation_idx").on(t.consultationId),
    index("meetings_table_idx").on(t.tableId, t.startsAt),
  ],
);

/** An invited organisation or person, and afterwards whether they attended. */
export const meetingInvitees = pgTable(
  "meeting_invitees",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    providerId: uuid("provider_id").references(() => providers.id),
    userId: uuid("user_id").references(() => users.id),
    attendance: attendanceEnum("attendance"),
    absenceReason: text("absence_reason"),
    attendanceRecordedAt: timestamp("attendance_recorded_at", { withTimezone: true }),
  },
  (t) => [
    unique("meeting_invitee_provider_key").on(t.meetingId, t.providerId),
    unique("meeting_invitee_user_key").on(t.meetingId, t.userId),
  ],
);

export type Meeting = typeof meetings.$inferSelect;
export type MeetingInvitee = typeof meetingInvitees.$inferSelect;
