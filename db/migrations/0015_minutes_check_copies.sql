CREATE TABLE "minutes_check_copies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"body" jsonb NOT NULL,
	"html" text NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"requested_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "minutes_check_copies" ADD CONSTRAINT "minutes_check_copies_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_check_copies" ADD CONSTRAINT "minutes_check_copies_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "minutes_check_copies_idx" ON "minutes_check_copies" USING btree ("meeting_id","created_at");