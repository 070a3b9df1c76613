CREATE TYPE "public"."meeting_reply" AS ENUM('accepted', 'declined');--> statement-breakpoint
CREATE TABLE "meeting_replies" (
	"invitee_id" uuid PRIMARY KEY NOT NULL,
	"reply" "meeting_reply" NOT NULL,
	"replied_by" uuid NOT NULL,
	"replied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meeting_replies" ADD CONSTRAINT "meeting_replies_invitee_id_meeting_invitees_id_fk" FOREIGN KEY ("invitee_id") REFERENCES "public"."meeting_invitees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_replies" ADD CONSTRAINT "meeting_replies_replied_by_users_id_fk" FOREIGN KEY ("replied_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;