-- A published version of minutes is immutable: a correction is a new version, never an edit.
CREATE OR REPLACE FUNCTION minutes_versions_refuse_update() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'minutes_versions are immutable (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER minutes_versions_no_update
  BEFORE UPDATE ON minutes_versions
  FOR EACH ROW EXECUTE FUNCTION minutes_versions_refuse_update();
