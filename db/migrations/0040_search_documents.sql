-- One narrow row per searchable item, kept up to date by triggers on the tables it comes from. A search then
-- ranks and counts its matches in one table with one GIN index, instead of a union of eight tables with their
-- joins and the "newest version of the minutes" anti-join per match. Each row carries who it reaches (`reach`)
-- and the keys the rules for that reach need; db/queries/search.ts turns the policy's scope into a condition
-- on them. The vectors are the source tables' own generated columns (migration 0024), copied.
--   reach: public (anyone), document (a public document of a public trajectory: document.download),
--          invited (a closed, non-draft consultation: whoever an invitation opens it for), involved (minutes
--          for the trajectory's participants in an internal trajectory), invitees (minutes for the meeting's
--          invitees), provider (a contract: its provider), table (a consultation table: its members), staff.
-- Only the triggers write it (SECURITY DEFINER); the application role may read it (db/roles.ts).
CREATE TABLE "search_documents" (
  "kind" text NOT NULL,
  -- The row it comes from: the meeting for minutes (one result per meeting, its newest version), else `id`.
  "key" uuid NOT NULL,
  -- What a result opens: the minutes version for minutes.
  "id" uuid NOT NULL,
  "title" text NOT NULL,
  "at" timestamp with time zone,
  "trajectory_id" uuid,
  -- The meeting of minutes, the provider of a contract.
  "ref" uuid,
  "version" integer,
  "reach" text NOT NULL,
  "consultation_id" uuid,
  "table_id" uuid,
  -- A consultation's or its feedback's stored state and dates: the effective state is computed at search time.
  "state" consultation_state,
  "opens_at" timestamp with time zone,
  "closes_at" timestamp with time zone,
  "search_vector" tsvector NOT NULL,
  PRIMARY KEY ("kind", "key"),
  CONSTRAINT "search_documents_reach" CHECK ("reach" IN ('public', 'document', 'invited', 'involved', 'invitees',
                                                           'provider', 'table', 'staff'))
);
--> statement-breakpoint
CREATE INDEX "search_documents_vector_idx" ON "search_documents" USING gin ("search_vector");
--> statement-breakpoint
CREATE FUNCTION search_consultation_reach(state consultation_state, openness consultation_openness)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN state = 'draft' THEN 'staff' WHEN openness = 'open' THEN 'public' ELSE 'invited' END
$$;
--> statement-breakpoint
-- Rebuilds the rows of one kind for the given keys from their sources: a key whose source is gone (or, for
-- feedback and minutes, not yet published) loses its row. Each statement is planned for the table as it is
-- (force_custom_plan): PL/pgSQL would otherwise keep the plan it made when the tables were small, a scan of
-- the whole table per row, and a bulk insert into an empty portal would take time quadratic in its rows.
CREATE FUNCTION search_documents_refresh(p_kind text, p_keys uuid[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  IF coalesce(cardinality(p_keys), 0) = 0 THEN
    RETURN;
  END IF;
  DELETE FROM search_documents WHERE kind = p_kind AND key = ANY (p_keys);
  IF p_kind = 'trajectory' THEN
    INSERT INTO search_documents (kind, key, id, title, at, trajectory_id, reach, search_vector)
    SELECT 'trajectory', t.id, t.id, t.title, t.updated_at, t.id,
           CASE WHEN t.visibility = 'public' THEN 'public' ELSE 'staff' END, t.search_vector
    FROM trajectories t WHERE t.id = ANY (p_keys);
  ELSIF p_kind = 'consultation' THEN
    INSERT INTO search_documents (kind, key, id, title, at, trajectory_id, reach, consultation_id, state, opens_at,
                                  closes_at, search_vector)
    SELECT 'consultation', c.id, c.id, c.title, c.opens_at, c.trajectory_id,
           search_consultation_reach(c.state, c.openness), c.id, c.state, c.opens_at, c.closes_at, c.search_vector
    FROM consultations c WHERE c.id = ANY (p_keys);
  ELSIF p_kind = 'feedback' THEN
    INSERT INTO search_documents (kind, key, id, title, at, trajectory_id, reach, consultation_id, state, opens_at,
                                  closes_at, search_vector)
    SELECT 'feedback', c.id, c.id, c.title, c.feedback_published_at, c.trajectory_id,
           search_consultation_reach(c.state, c.openness), c.id, c.state, c.opens_at, c.closes_at,
           c.feedback_search_vector
    FROM consultations c
    WHERE c.id = ANY (p_keys) AND c.feedback IS NOT NULL AND c.feedback_published_at IS NOT NULL;
  ELSIF p_kind = 'minutes' THEN
    -- Published versions hold only redacted text, so a search can never find what was removed.
    INSERT INTO search_documents (kind, key, id, title, at, trajectory_id, ref, version, reach, table_id,
                                  search_vector)
    SELECT DISTINCT ON (m.id) 'minutes', m.id, mv.id, m.title, mv.published_at, m.trajectory_id, m.id, mv.version,
           CASE WHEN m.minutes_audience = 'invitees' THEN 'invitees'
                WHEN t.visibility = 'public' THEN 'public' ELSE 'involved' END,
           m.table_id, mv.search_vector || m.search_vector
    FROM meetings m
    JOIN minutes_versions mv ON mv.meeting_id = m.id
    JOIN trajectories t ON t.id = m.trajectory_id
    WHERE m.id = ANY (p_keys)
    ORDER BY m.id, mv.version DESC;
  ELSIF p_kind = 'document' THEN
    -- A consultation's attachment reaches whoever may see the consultation.
    INSERT INTO search_documents (kind, key, id, title, at, trajectory_id, reach, consultation_id, search_vector)
    SELECT 'document', d.id, d.id, d.title, d.uploaded_at, d.trajectory_id,
           CASE WHEN d.consultation_id IS NOT NULL THEN search_consultation_reach(dc.state, dc.openness)
                WHEN d.is_public AND t.visibility = 'public' THEN 'document' ELSE 'staff' END,
           d.consultation_id, d.search_vector
    FROM trajectory_documents d
    JOIN trajectories t ON t.id = d.trajectory_id
    LEFT JOIN consultations dc ON dc.id = d.consultation_id
    WHERE d.id = ANY (p_keys);
  ELSIF p_kind = 'provider' THEN
    INSERT INTO search_documents (kind, key, id, title, reach, search_vector)
    SELECT 'provider', p.id, p.id, p.name, 'staff', p.search_vector FROM providers p WHERE p.id = ANY (p_keys);
  ELSIF p_kind = 'contract' THEN
    INSERT INTO search_documents (kind, key, id, title, at, trajectory_id, ref, reach, search_vector)
    SELECT 'contract', k.id, k.id, k.title, k.created_at, k.trajectory_id, k.provider_id, 'provider', k.search_vector
    FROM contracts k WHERE k.id = ANY (p_keys);
  ELSIF p_kind = 'table' THEN
    INSERT INTO search_documents (kind, key, id, title, at, trajectory_id, reach, table_id, search_vector)
    SELECT 'table', ct.id, ct.id, ct.title, ct.created_at, ct.trajectory_id, 'table', ct.id, ct.search_vector
    FROM consultation_tables ct WHERE ct.id = ANY (p_keys);
  ELSE
    RAISE EXCEPTION 'unknown search kind %', p_kind;
  END IF;
END;
$$;
--> statement-breakpoint
-- One trigger function for every source table: which kinds a changed row feeds, and which rows of other kinds
-- depend on it (a trajectory's visibility decides what its minutes and documents reach; a consultation's state
-- and openness what its attachments reach).
CREATE FUNCTION search_documents_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP = 'DELETE' THEN
    r := OLD;
  ELSE
    r := NEW;
  END IF;
  IF TG_TABLE_NAME = 'trajectories' THEN
    PERFORM search_documents_refresh('trajectory', ARRAY[r.id]);
    IF TG_OP = 'UPDATE' THEN
      IF OLD.visibility IS DISTINCT FROM NEW.visibility THEN
        PERFORM search_documents_refresh('minutes', ARRAY(SELECT id FROM meetings WHERE trajectory_id = r.id));
        PERFORM search_documents_refresh('document',
                                         ARRAY(SELECT id FROM trajectory_documents WHERE trajectory_id = r.id));
      END IF;
    END IF;
  ELSIF TG_TABLE_NAME = 'consultations' THEN
    PERFORM search_documents_refresh('consultation', ARRAY[r.id]);
    PERFORM search_documents_refresh('feedback', ARRAY[r.id]);
    IF TG_OP = 'UPDATE' THEN
      IF OLD.state IS DISTINCT FROM NEW.state OR OLD.openness IS DISTINCT FROM NEW.openness THEN
        PERFORM search_documents_refresh('document',
                                         ARRAY(SELECT id FROM trajectory_documents WHERE consultation_id = r.id));
      END IF;
    END IF;
  ELSIF TG_TABLE_NAME = 'meetings' THEN
    PERFORM search_documents_refresh('minutes', ARRAY[r.id]);
  ELSIF TG_TABLE_NAME = 'minutes_versions' THEN
    PERFORM search_documents_refresh('minutes', ARRAY[r.meeting_id]);
  ELSIF TG_TABLE_NAME = 'trajectory_documents' THEN
    PERFORM search_documents_refresh('document', ARRAY[r.id]);
  ELSIF TG_TABLE_NAME = 'providers' THEN
    PERFORM search_documents_refresh('provider', ARRAY[r.id]);
  ELSIF TG_TABLE_NAME = 'contracts' THEN
    PERFORM search_documents_refresh('contract', ARRAY[r.id]);
  ELSIF TG_TABLE_NAME = 'consultation_tables' THEN
    PERFORM search_documents_refresh('table', ARRAY[r.id]);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['trajectories', 'consultations', 'meetings', 'minutes_versions', 'trajectory_documents',
                           'providers', 'contracts', 'consultation_tables']
  LOOP
    EXECUTE format('CREATE TRIGGER search_documents_follow AFTER INSERT OR UPDATE OR DELETE ON %I '
                   'FOR EACH ROW EXECUTE FUNCTION search_documents_follow()', t);
  END LOOP;
END;
$$;
--> statement-breakpoint
SELECT search_documents_refresh('trajectory', ARRAY(SELECT id FROM trajectories));
--> statement-breakpoint
SELECT search_documents_refresh('consultation', ARRAY(SELECT id FROM consultations));
--> statement-breakpoint
SELECT search_documents_refresh('feedback', ARRAY(SELECT id FROM consultations));
--> statement-breakpoint
SELECT search_documents_refresh('minutes', ARRAY(SELECT id FROM meetings));
--> statement-breakpoint
SELECT search_documents_refresh('document', ARRAY(SELECT id FROM trajectory_documents));
--> statement-breakpoint
SELECT search_documents_refresh('provider', ARRAY(SELECT id FROM providers));
--> statement-breakpoint
SELECT search_documents_refresh('contract', ARRAY(SELECT id FROM contracts));
--> statement-breakpoint
SELECT search_documents_refresh('table', ARRAY(SELECT id FROM consultation_tables));
