-- The attendee-check copy is what invitees read: a new check is a new copy, never an edit.
CREATE OR REPLACE FUNCTION minutes_check_copies_refuse_update() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'minutes_check_copies are immutable (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER minutes_check_copies_no_update
  BEFORE UPDATE ON minutes_check_copies
  FOR EACH ROW EXECUTE FUNCTION minutes_check_copies_refuse_update();
