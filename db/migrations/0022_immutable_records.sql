-- Immutable records refuse every change by trigger, whoever asks; the application role additionally lacks
-- the grants (db/roles.ts) and owns no table, so it cannot disable these triggers either.

-- A published version of minutes is never edited (0008) and now never deleted or truncated either.
CREATE OR REPLACE FUNCTION minutes_versions_refuse_removal() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'minutes_versions are immutable (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER minutes_versions_no_delete
  BEFORE DELETE ON minutes_versions
  FOR EACH ROW EXECUTE FUNCTION minutes_versions_refuse_removal();
--> statement-breakpoint
CREATE TRIGGER minutes_versions_no_truncate
  BEFORE TRUNCATE ON minutes_versions
  FOR EACH STATEMENT EXECUTE FUNCTION minutes_versions_refuse_removal();
--> statement-breakpoint

-- A letter sent on the escalation ladder is filed with the contract as it was sent.
CREATE OR REPLACE FUNCTION contract_letters_refuse_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' AND NOT EXISTS (SELECT 1 FROM contract_documents WHERE kind = 'letter') THEN
    RETURN NULL;
  END IF;
  RAISE EXCEPTION 'a sent letter is immutable (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER contract_letters_no_update_delete
  BEFORE UPDATE OR DELETE ON contract_documents
  FOR EACH ROW WHEN (OLD.kind = 'letter') EXECUTE FUNCTION contract_letters_refuse_change();
--> statement-breakpoint
CREATE TRIGGER contract_letters_no_truncate
  BEFORE TRUNCATE ON contract_documents
  FOR EACH STATEMENT EXECUTE FUNCTION contract_letters_refuse_change();
--> statement-breakpoint

-- Published feedback (terugkoppeling) stays as participants were told; the rest of the row may still change.
CREATE OR REPLACE FUNCTION consultation_feedback_refuse_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    IF NOT EXISTS (SELECT 1 FROM consultations WHERE feedback_published_at IS NOT NULL) THEN
      RETURN NULL;
    END IF;
  ELSIF TG_OP = 'UPDATE'
    AND NEW.feedback IS NOT DISTINCT FROM OLD.feedback
    AND NEW.feedback_published_at IS NOT DISTINCT FROM OLD.feedback_published_at
    AND NEW.state IS NOT DISTINCT FROM OLD.state THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'published feedback is immutable (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER consultations_feedback_immutable
  BEFORE UPDATE OR DELETE ON consultations
  FOR EACH ROW WHEN (OLD.feedback_published_at IS NOT NULL) EXECUTE FUNCTION consultation_feedback_refuse_change();
--> statement-breakpoint
CREATE TRIGGER consultations_feedback_no_truncate
  BEFORE TRUNCATE ON consultations
  FOR EACH STATEMENT EXECUTE FUNCTION consultation_feedback_refuse_change();
