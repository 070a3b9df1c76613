import { sql } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { AUDIT_CODES } from "../../lib/audit/codes";
import { rowsOf } from "./sql-rows";

/** The data set of the issue at `scale` 1; the growth rows compare it with a tenth of it. */
export type DatasetSize = {
  providers: number;
  consultations: number;
  responses: number;
  comments: number;
  audit: number;
  minutes: number;
};

const INTRODUCTION = JSON.stringify({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: "Inleiding over begeleiding in de wijk" }] }],
});

export const LARGE: DatasetSize = {
  providers: 10_000,
  consultations: 2_000,
  responses: 200_000,
  comments: 50_000,
  audit: 1_000_000,
  minutes: 5_000,
};

export const TENTH: DatasetSize = {
  providers: 1_000,
  consultations: 200,
  responses: 20_000,
  comments: 5_000,
  audit: 100_000,
  minutes: 500,
};

/** The consultations the pages are measured on: by their number in the title. */
export type BenchTargets = {
  /** 2,000 submitted responses (the overview's large case) and 1,000 comments (the discussion's). */
  bigId: string;
  /** 100 responses and 10 comments: the small cases of the same pages. */
  smallId: string;
};

/**
 * Fills a PostgreSQL database with the benchmark's data set. Plain multi-row INSERT … SELECT over
 * generate_series: one statement per table, far faster than writes through the domain, with the same
 * shapes. Consultation 1 gets 2,000 responses and 1,000 comments, consultation 2 gets 100 and 10; the rest of
 * the responses are spread at 100 a consultation, the rest of the comments evenly.
 */
export async function loadLargeDataset(db: Database, size: DatasetSize = LARGE): Promise<BenchTargets> {
  await db.execute(sql`
    INSERT INTO providers (name, kvk_number, city, size_class)
    SELECT 'Benchmark-aanbieder ' || g, lpad((90000000 + g)::text, 8, '0'), 'Zaandam',
           (ARRAY['large','medium','small'])[1 + g % 3]::size_class
    FROM generate_series(1, ${size.providers}::int) g`);
  await db.execute(sql`
    INSERT INTO provider_subregions (provider_id, subregion_id)
    SELECT p.id, (SELECT id FROM subregions ORDER BY name OFFSET (abs(hashtext(p.name)) % 3) LIMIT 1)
    FROM providers p WHERE p.name LIKE 'Benchmark-aanbieder %'`);
  await db.execute(sql`
    INSERT INTO consultations (trajectory_id, phase, title, introduction, openness, form, interaction, audience, state,
                               opens_at, closes_at, created_by, published_at)
    SELECT (SELECT id FROM trajectories WHERE visibility = 'public' ORDER BY title OFFSET (g % 5) LIMIT 1), 'analysis',
           'Benchmark-consultatie ' || g || ' over begeleiding',
           ${INTRODUCTION}::jsonb,
           (CASE WHEN g % 4 = 0 THEN 'closed' ELSE 'open' END)::consultation_openness,
           'written', 'interactive', 'providers', 'published',
           now() - interval '1 day', now() + (g || ' hours')::interval,
           (SELECT id FROM users WHERE role = 'officer' ORDER BY email LIMIT 1), now() - interval '1 day'
    FROM generate_series(1, ${size.consultations}::int) g`);
  await db.execute(sql`
    INSERT INTO consultation_questions (consultation_id, position, kind, prompt, required, options)
    SELECT c.id, q.pos, (ARRAY['open','single','scale'])[q.pos + 1]::question_kind, 'Vraag ' || (q.pos + 1), q.pos = 0,
           CASE WHEN q.pos = 1 THEN '["ja","nee","weet niet"]'::jsonb ELSE '[]'::jsonb END
    FROM consultations c CROSS JOIN generate_series(0, 2) AS q(pos)
    WHERE c.title LIKE 'Benchmark-consultatie %'`);
  // Consultation 1: 2,000 responses; then 100 each from consultation 2 on until the total is reached.
  const big = Math.min(2000, size.providers);
  const rest = Math.max(0, size.responses - big);
  await db.execute(sql`
    WITH numbered_c AS (SELECT id, split_part(title, ' ', 2)::int AS cn FROM consultations
                        WHERE title LIKE 'Benchmark-consultatie %'),
         numbered_p AS (SELECT id, row_number() OVER (ORDER BY name) AS pn FROM providers
                        WHERE name LIKE 'Benchmark-aanbieder %'),
         slots AS (SELECT 1 AS cn, i FROM generate_series(0, ${big}::int - 1) i
                   UNION ALL
                   SELECT 2 + s / 100, s % 100 FROM generate_series(0, ${rest}::int - 1) s),
         officer AS (SELECT id FROM users WHERE role = 'officer' ORDER BY email LIMIT 1)
    INSERT INTO consultation_responses (consultation_id, provider_id, status, version, updated_by, submitted_at)
    SELECT c.id, p.id, 'submitted', 1, (SELECT id FROM officer), now() - interval '1 hour'
    FROM slots s JOIN numbered_c c ON c.cn = s.cn
    JOIN numbered_p p ON p.pn = 1 + ((s.cn * 100 + s.i) % ${size.providers}::int)`);
  await db.execute(sql`
    INSERT INTO consultation_answers (response_id, question_id, value, competition_sensitive)
    SELECT r.id, q.id,
           CASE q.kind WHEN 'open' THEN to_jsonb('Antwoord van ' || left(r.id::text, 8))
                       WHEN 'single' THEN '"ja"'::jsonb ELSE to_jsonb(1 + abs(hashtext(r.id::text)) % 5) END,
           q.position = 0 AND abs(hashtext(r.id::text)) % 10 = 0
    FROM consultation_responses r JOIN consultation_questions q ON q.consultation_id = r.consultation_id
    JOIN consultations c ON c.id = r.consultation_id WHERE c.title LIKE 'Benchmark-consultatie %'`);
  // Comments: 1,000 under consultation 1, 10 under consultation 2, the rest over consultations 3 and up.
  const others = Math.max(1, size.consultations - 2);
  await db.execute(sql`
    WITH numbered_c AS (SELECT id, split_part(title, ' ', 2)::int AS cn FROM consultations
                        WHERE title LIKE 'Benchmark-consultatie %'),
         slots AS (SELECT 1 AS cn, i FROM generate_series(1, 1000) i
                   UNION ALL SELECT 2, i FROM generate_series(1, 10) i
                   UNION ALL
                   SELECT 3 + s % ${others}::int, s FROM generate_series(0, ${size.comments - 1010}::int - 1) s),
         authors AS (SELECT array_agg(id ORDER BY email) AS ids FROM users
                     WHERE role IN ('resident', 'provider_member'))
    INSERT INTO consultation_comments (consultation_id, author_id, body, created_at)
    SELECT c.id, a.ids[1 + s.i % array_length(a.ids, 1)],
           'Bijdrage ' || s.i || ' aan het gesprek over begeleiding in de wijk.', now() - (s.i || ' minutes')::interval
    FROM slots s JOIN numbered_c c ON c.cn = s.cn CROSS JOIN authors a`);
  await loadMinutes(db, size.minutes);
  await loadAudit(db, size.audit);
  // Left as an operator leaves a database after a bulk load: vacuumed (hint bits and visibility map set,
  // statistics current) and checkpointed. Otherwise autovacuum and the checkpointer work through the load
  // while the pages are measured, and the empty Next page measured beside them pays none of that.
  await db.execute(sql`VACUUM (ANALYZE)`);
  await db.execute(sql`CHECKPOINT`);
  const rows = rowsOf<{ id: string; n: number }>(
    await db.execute(sql`SELECT id, split_part(title, ' ', 2)::int AS n FROM consultations
                         WHERE title IN ('Benchmark-consultatie 1 over begeleiding',
                                         'Benchmark-consultatie 2 over begeleiding')`),
  );
  return { bigId: rows.find((r) => Number(r.n) === 1)!.id, smallId: rows.find((r) => Number(r.n) === 2)!.id };
}

/** Published minutes: one plenary meeting each with a version 1 (the PDF bytes are a stand-in; no page reads them). */
async function loadMinutes(db: Database, count: number) {
  await db.execute(sql`
    INSERT INTO meetings (trajectory_id, kind, title, starts_at, ends_at, agenda, created_by)
    SELECT (SELECT id FROM trajectories WHERE visibility = 'public' ORDER BY title OFFSET (g % 5) LIMIT 1), 'plenary',
           'Benchmark-bijeenkomst ' || g, now() - (g || ' hours')::interval,
           now() - (g || ' hours')::interval + interval '1 hour',
           'Agenda', (SELECT id FROM users WHERE role = 'officer' ORDER BY email LIMIT 1)
    FROM generate_series(1, ${count}::int) g`);
  await db.execute(sql`
    WITH officers AS (SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE role = 'officer')
    INSERT INTO minutes_versions (meeting_id, version, body, html, text, pdf, redaction_count, approved_by,
                                  published_by, published_at)
    SELECT m.id, 1, '{"type":"doc","content":[]}'::jsonb,
           '<p>Verslag van ' || m.title || ' over begeleiding en dagbesteding.</p>',
           'Verslag van ' || m.title || ' over begeleiding en dagbesteding.', '\\x25504446'::bytea, 0,
           o.ids[1], o.ids[array_length(o.ids, 1)], m.starts_at + interval '1 day'
    FROM meetings m CROSS JOIN officers o WHERE m.title LIKE 'Benchmark-bijeenkomst %'`);
}

/**
 * Audit entries over three years, every code of the portal in turn, one in twenty refused, a fifth of them
 * about a trajectory; written in batches of 250,000 so one statement never holds the whole million.
 */
async function loadAudit(db: Database, count: number) {
  const codes = sql.raw(`ARRAY[${AUDIT_CODES.map((c) => `'${c}'`).join(",")}]`);
  for (let start = 0; start < count; start += 250_000) {
    const end = Math.min(count, start + 250_000) - 1;
    await db.execute(sql`
      WITH people AS (SELECT array_agg(id ORDER BY email) AS ids,
                             array_agg(name || ' <' || email || '>' ORDER BY email) AS labels
                      FROM users),
           trajectories_ AS (SELECT array_agg(id ORDER BY title) AS ids FROM trajectories)
      INSERT INTO audit_log (at, actor_id, actor_label, action, object_type, object_id, trajectory_id, result, origin,
                             details)
      SELECT now() - ((${count}::int - g) * interval '90 seconds'),
             p.ids[1 + g % array_length(p.ids, 1)], p.labels[1 + g % array_length(p.labels, 1)],
             (${codes})[1 + g % ${AUDIT_CODES.length}::int], 'consultation', 'obj-' || (g % 5000),
             CASE WHEN g % 5 = 0 THEN t.ids[1 + g % array_length(t.ids, 1)] END,
             CASE WHEN g % 20 = 0 THEN 'denied' ELSE 'success' END, 'web:127.0.0.1',
             jsonb_build_object('title', 'Benchmark ' || g, 'rows', g % 100)
      FROM generate_series(${start}::int, ${end}::int) g CROSS JOIN people p CROSS JOIN trajectories_ t`);
  }
}
