ALTER TABLE "consultations" ADD COLUMN "feedback" jsonb;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "feedback_published_at" timestamp with time zone;