import { sql } from "drizzle-orm";
import type { Database } from "../../db/connection";

/**
 * Fills a PostgreSQL database with the benchmark's data set: 10,000 providers, 2,000 open
 * consultations with three questions each, and 200,000 submitted responses (100 per
 * consultation) with their answers. Plain SQL with generate_series: far faster than inserts
 * through the domain, and the shapes are the same.
 */
export async function loadLargeDataset(db: Database): Promise<{ consultationId: string }> {
  await db.execute(sql`
    INSERT INTO providers (name, kvk_number, city, size_class)
    SELECT 'Benchmark-aanbieder ' || g, lpad((90000000 + g)::text, 8, '0'), 'Zaandam',
           (ARRAY['large','medium','small'])[1 + g % 3]::size_class
    FROM generate_series(1, 10000) g`);
  await db.execute(sql`
    INSERT INTO provider_subregions (provider_id, subregion_id)
    SELECT p.id, (SELECT id FROM subregions ORDER BY name OFFSET (abs(hashtext(p.name)) % 3) LIMIT 1)
    FROM providers p WHERE p.name LIKE 'Benchmark-aanbieder %'`);
  await db.execute(sql`
    INSERT INTO consultations (trajectory_id, phase, title, introduction, openness, form, interaction, audience, state,
                               opens_at, closes_at, created_by, published_at)
    SELECT (SELECT id FROM trajectories WHERE visibility = 'public' ORDER BY title OFFSET (g % 5) LIMIT 1), 'analysis',
           'Benchmark-consultatie ' || g,
           '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Inleiding"}]}]}'::jsonb,
           (CASE WHEN g % 4 = 0 THEN 'closed' ELSE 'open' END)::consultation_openness,
           'written', 'interactive', 'providers', 'published',
           now() - interval '1 day', now() + (g || ' hours')::interval,
           (SELECT id FROM users WHERE role = 'officer' ORDER BY email LIMIT 1), now() - interval '1 day'
    FROM generate_series(1, 2000) g`);
  await db.execute(sql`
    INSERT INTO consultation_questions (consultation_id, position, kind, prompt, required, options)
    SELECT c.id, q.pos, (ARRAY['open','single','scale'])[q.pos + 1]::question_kind, 'Vraag ' || (q.pos + 1), q.pos = 0,
           CASE WHEN q.pos = 1 THEN '["ja","nee","weet niet"]'::jsonb ELSE '[]'::jsonb END
    FROM consultations c CROSS JOIN generate_series(0, 2) AS q(pos)
    WHERE c.title LIKE 'Benchmark-consultatie %'`);
  await db.execute(sql`
    WITH numbered_c AS (SELECT id, row_number() OVER (ORDER BY title) AS cn FROM consultations
                        WHERE title LIKE 'Benchmark-consultatie %'),
         numbered_p AS (SELECT id, row_number() OVER (ORDER BY name) AS pn FROM providers
                        WHERE name LIKE 'Benchmark-aanbieder %'),
         officer AS (SELECT id FROM users WHERE role = 'officer' ORDER BY email LIMIT 1)
    INSERT INTO consultation_responses (consultation_id, provider_id, status, version, updated_by, submitted_at)
    SELECT c.id, p.id, 'submitted', 1, (SELECT id FROM officer), now() - interval '1 hour'
    FROM numbered_c c CROSS JOIN generate_series(0, 99) AS r(i)
    JOIN numbered_p p ON p.pn = 1 + ((c.cn * 100 + r.i) % 10000)`);
  await db.execute(sql`
    INSERT INTO consultation_answers (response_id, question_id, value, competition_sensitive)
    SELECT r.id, q.id,
           CASE q.kind WHEN 'open' THEN to_jsonb('Antwoord van ' || left(r.id::text, 8))
                       WHEN 'single' THEN '"ja"'::jsonb ELSE to_jsonb(1 + abs(hashtext(r.id::text)) % 5) END,
           q.position = 0 AND abs(hashtext(r.id::text)) % 10 = 0
    FROM consultation_responses r JOIN consultation_questions q ON q.consultation_id = r.consultation_id`);
  await db.execute(sql`ANALYZE`);
  const result: unknown = await db.execute(sql`SELECT id FROM consultations WHERE title = 'Benchmark-consultatie 1'`);
  // postgres.js returns the rows, PGlite an object holding them.
  const rows = result as { id: string }[] | { rows: { id: string }[] };
  const list = Array.isArray(rows) ? rows : rows.rows;
  return { consultationId: list[0]!.id };
}
