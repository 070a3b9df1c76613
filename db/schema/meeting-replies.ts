import { pgEnum, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { meetingInvitees } from "./meetings";
import { users } from "./users";

export const meetingReplyEnum = pgEnum("meeting_reply", ["accepted", "declined"]);

/** An invitee's answer to a meeting invitation (for a provider: given by one of its speakers); the last one counts. */
export const meetingReplies = pgTable("meeting_replies", {
  inviteeId: uuid("invitee_id")
    .primaryKey()
    .references(() => meetingInvitees.id, { onDelete: "cascade" }),
  reply: meetingReplyEnum("reply").notNull(),
  repliedBy: uuid("replied_by")
    .notNull()
    .references(() => users.id),
  repliedAt: timestamp("replied_at", { withTimezone: true }).notNull().defaultNow(),
});
