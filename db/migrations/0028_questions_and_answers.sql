CREATE TYPE "public"."qa_answer_state" AS ENUM('none', 'draft', 'final');--> statement-breakpoint
CREATE TYPE "public"."qa_question_state" AS ENUM('received', 'answered', 'merged', 'declined');--> statement-breakpoint
CREATE TYPE "public"."qa_round_state" AS ENUM('draft', 'submitted', 'approved', 'published');--> statement-breakpoint
CREATE TABLE "qa_periods" (
	"consultation_id" uuid PRIMARY KEY NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"set_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qa_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"asked_by" uuid NOT NULL,
	"provider_id" uuid,
	"body" text NOT NULL,
	"asked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"state" "qa_question_state" DEFAULT 'received' NOT NULL,
	"merged_into" uuid,
	"decline_reason" text,
	"public_question" jsonb,
	"question_dismissed" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"answer" jsonb,
	"answer_dismissed" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"answer_state" "qa_answer_state" DEFAULT 'none' NOT NULL,
	"change_id" uuid,
	"round_id" uuid,
	"touched_by" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qa_round_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"round_number" integer NOT NULL,
	"version" integer NOT NULL,
	"body" jsonb NOT NULL,
	"html" text NOT NULL,
	"text" text NOT NULL,
	"pdf" "bytea" NOT NULL,
	"question_count" integer NOT NULL,
	"changes_text" boolean DEFAULT false NOT NULL,
	"change_note" text,
	"redaction_count" integer NOT NULL,
	"approved_by" uuid NOT NULL,
	"published_by" uuid NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "qa_round_version_key" UNIQUE("round_id","version")
);
--> statement-breakpoint
CREATE TABLE "qa_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"planned_at" timestamp with time zone,
	"state" "qa_round_state" DEFAULT 'draft' NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_remarks" text,
	"touched_by" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "qa_round_number_key" UNIQUE("consultation_id","number")
);
--> statement-breakpoint
ALTER TABLE "qa_periods" ADD CONSTRAINT "qa_periods_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_periods" ADD CONSTRAINT "qa_periods_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_questions" ADD CONSTRAINT "qa_questions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_questions" ADD CONSTRAINT "qa_questions_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_questions" ADD CONSTRAINT "qa_questions_asked_by_users_id_fk" FOREIGN KEY ("asked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_questions" ADD CONSTRAINT "qa_questions_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_questions" ADD CONSTRAINT "qa_questions_change_id_consultation_changes_id_fk" FOREIGN KEY ("change_id") REFERENCES "public"."consultation_changes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_questions" ADD CONSTRAINT "qa_questions_round_id_qa_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."qa_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_round_versions" ADD CONSTRAINT "qa_round_versions_round_id_qa_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."qa_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_round_versions" ADD CONSTRAINT "qa_round_versions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_round_versions" ADD CONSTRAINT "qa_round_versions_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_round_versions" ADD CONSTRAINT "qa_round_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_rounds" ADD CONSTRAINT "qa_rounds_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_rounds" ADD CONSTRAINT "qa_rounds_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_rounds" ADD CONSTRAINT "qa_rounds_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_rounds" ADD CONSTRAINT "qa_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "qa_questions_consultation_idx" ON "qa_questions" USING btree ("consultation_id","asked_at");--> statement-breakpoint
CREATE INDEX "qa_questions_round_idx" ON "qa_questions" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "qa_round_versions_consultation_idx" ON "qa_round_versions" USING btree ("consultation_id","round_number");--> statement-breakpoint
-- A published round of the nota van inlichtingen stays as every participant received it; a correction is a new version.
CREATE OR REPLACE FUNCTION qa_round_versions_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'qa_round_versions are immutable (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER qa_round_versions_no_update_delete
  BEFORE UPDATE OR DELETE ON qa_round_versions
  FOR EACH ROW EXECUTE FUNCTION qa_round_versions_refuse_change();
--> statement-breakpoint
CREATE TRIGGER qa_round_versions_no_truncate
  BEFORE TRUNCATE ON qa_round_versions
  FOR EACH STATEMENT EXECUTE FUNCTION qa_round_versions_refuse_change();
