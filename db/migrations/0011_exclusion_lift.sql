ALTER TABLE "table_exclusions" ADD COLUMN "lifted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "table_exclusions" ADD COLUMN "lifted_by" uuid;--> statement-breakpoint
ALTER TABLE "table_exclusions" ADD COLUMN "lift_reason" text;--> statement-breakpoint
ALTER TABLE "table_exclusions" ADD CONSTRAINT "table_exclusions_lifted_by_users_id_fk" FOREIGN KEY ("lifted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_exclusions" ADD CONSTRAINT "table_exclusions_lift_complete" CHECK (("table_exclusions"."lifted_at" is null) = ("table_exclusions"."lifted_by" is null) and ("table_exclusions"."lifted_at" is null) = ("table_exclusions"."lift_reason" is null));