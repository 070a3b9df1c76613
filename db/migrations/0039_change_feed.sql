-- Every committed change to data the portal shows is announced on the channel inkoop_changes, with the table's
-- name, so every instance empties its caches at once (db/change-feed.ts). One notice per statement, and
-- PostgreSQL sends each distinct notice of a transaction once, at commit. Tables that record who did what,
-- sessions, throttles, the job queue and the outbox never change a page anyone else sees, and change all the
-- time: they stay silent (UNWATCHED_TABLES in db/change-feed.ts; a test holds the two lists together).
CREATE OR REPLACE FUNCTION inkoop_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('inkoop_changes', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
  t text;
BEGIN
  FOR t IN
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema()
      AND tablename NOT IN ('audit_log', 'user_sessions', 'sign_in_challenges', 'auth_throttle', 'post_budget',
                            'account_tokens', 'recovery_codes', 'user_totp', 'job_worker_heartbeats',
                            'scheduled_job_runs', 'scheduled_effects', 'outbox', 'notifications',
                            'notification_preferences')
  LOOP
    EXECUTE format(
      'CREATE TRIGGER inkoop_announce_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION inkoop_announce_change()', t);
  END LOOP;
END;
$$;
