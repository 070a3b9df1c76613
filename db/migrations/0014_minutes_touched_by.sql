ALTER TABLE "minutes" ADD COLUMN "touched_by" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
-- Working copies from before: their last editor and submitter have touched them.
UPDATE "minutes" SET "touched_by" = (
  SELECT COALESCE(jsonb_agg(DISTINCT u), '[]'::jsonb)
  FROM unnest(ARRAY["updated_by"::text, "submitted_by"::text]) AS u
  WHERE u IS NOT NULL
);
