-- Full-text search: one generated tsvector per searchable text, Dutch stemming, titles weighted A and
-- body text B, each with a GIN index. The vectors live only in the database (not in the drizzle schema)
-- so that the ordinary `select *` reads of these tables never carry them. Rich text (tiptap JSON) is
-- indexed by its text nodes only, so node names such as "paragraph" are never matched.
ALTER TABLE "trajectories" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('dutch', coalesce("title", '')), 'A') ||
  setweight(to_tsvector('dutch', coalesce("summary", '')), 'B')
) STORED;--> statement-breakpoint
CREATE INDEX "trajectories_search_idx" ON "trajectories" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('dutch', coalesce("title", '')), 'A') ||
  setweight(to_tsvector('dutch', coalesce(jsonb_path_query_array("introduction", 'strict $.**.text'), '[]'::jsonb)), 'B')
) STORED;--> statement-breakpoint
CREATE INDEX "consultations_search_idx" ON "consultations" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "feedback_search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('dutch', coalesce("title", '')), 'A') ||
  setweight(to_tsvector('dutch', coalesce(jsonb_path_query_array("feedback", 'strict $.**.text'), '[]'::jsonb)), 'B')
) STORED;--> statement-breakpoint
CREATE INDEX "consultations_feedback_search_idx" ON "consultations" USING gin ("feedback_search_vector");--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('dutch', coalesce("title", '')), 'A')
) STORED;--> statement-breakpoint
CREATE INDEX "meetings_search_idx" ON "meetings" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "minutes_versions" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('dutch', coalesce("text", '')), 'B')
) STORED;--> statement-breakpoint
CREATE INDEX "minutes_versions_search_idx" ON "minutes_versions" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "trajectory_documents" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('dutch', coalesce("title", '')), 'A') ||
  setweight(to_tsvector('dutch', coalesce("extracted_text", '')), 'B')
) STORED;--> statement-breakpoint
CREATE INDEX "trajectory_documents_search_idx" ON "trajectory_documents" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('dutch', coalesce("name", '')), 'A') ||
  setweight(to_tsvector('dutch', coalesce("city", '') || ' ' || coalesce("kvk_number", '')), 'B')
) STORED;--> statement-breakpoint
CREATE INDEX "providers_search_idx" ON "providers" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('dutch', coalesce("title", '') || ' ' || coalesce("reference", '')), 'A')
) STORED;--> statement-breakpoint
CREATE INDEX "contracts_search_idx" ON "contracts" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "consultation_tables" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('dutch', coalesce("title", '')), 'A') ||
  setweight(to_tsvector('dutch', coalesce("theme", '')), 'B')
) STORED;--> statement-breakpoint
CREATE INDEX "consultation_tables_search_idx" ON "consultation_tables" USING gin ("search_vector");
