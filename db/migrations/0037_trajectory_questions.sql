CREATE TABLE "qa_trajectory_periods" (
	"trajectory_id" uuid PRIMARY KEY NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"set_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "qa_rounds" DROP CONSTRAINT "qa_round_number_key";--> statement-breakpoint
ALTER TABLE "qa_questions" ALTER COLUMN "consultation_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "qa_round_versions" ALTER COLUMN "consultation_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "qa_rounds" ALTER COLUMN "consultation_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "qa_round_versions" ADD COLUMN "trajectory_id" uuid;--> statement-breakpoint
ALTER TABLE "qa_rounds" ADD COLUMN "trajectory_id" uuid;--> statement-breakpoint
-- Existing rounds and versions belong to a consultation: their trajectory is the consultation's.
UPDATE "qa_rounds" SET "trajectory_id" = c."trajectory_id" FROM "consultations" c WHERE c."id" = "qa_rounds"."consultation_id";--> statement-breakpoint
-- Published versions are immutable; only this one-off fill of the new column passes, as the owner.
ALTER TABLE "qa_round_versions" DISABLE TRIGGER "qa_round_versions_no_update_delete";--> statement-breakpoint
UPDATE "qa_round_versions" SET "trajectory_id" = c."trajectory_id" FROM "consultations" c WHERE c."id" = "qa_round_versions"."consultation_id";--> statement-breakpoint
ALTER TABLE "qa_round_versions" ENABLE TRIGGER "qa_round_versions_no_update_delete";--> statement-breakpoint
ALTER TABLE "qa_round_versions" ALTER COLUMN "trajectory_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "qa_rounds" ALTER COLUMN "trajectory_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "qa_trajectory_periods" ADD CONSTRAINT "qa_trajectory_periods_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_trajectory_periods" ADD CONSTRAINT "qa_trajectory_periods_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_round_versions" ADD CONSTRAINT "qa_round_versions_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_rounds" ADD CONSTRAINT "qa_rounds_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "qa_questions_trajectory_idx" ON "qa_questions" USING btree ("trajectory_id","asked_at");--> statement-breakpoint
CREATE INDEX "qa_round_versions_trajectory_idx" ON "qa_round_versions" USING btree ("trajectory_id","round_number");--> statement-breakpoint
CREATE UNIQUE INDEX "qa_round_number_key" ON "qa_rounds" USING btree ("consultation_id","number") WHERE "qa_rounds"."consultation_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "qa_round_trajectory_number_key" ON "qa_rounds" USING btree ("trajectory_id","number") WHERE "qa_rounds"."consultation_id" is null;