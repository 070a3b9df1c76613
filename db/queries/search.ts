import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/connection";
import type { SearchKind } from "@/lib/search/kinds";
import { reachable, type SearchRowScope } from "./search-scope";

export type SearchFilter = {
  q: string;
  kinds: readonly SearchKind[];
  trajectoryId: string | null;
  /** Half-open period [from, until). */
  from: Date | null;
  until: Date | null;
  /** Effective consultation states to keep; null for any. */
  states: readonly string[] | null;
  now: Date;
};

export type SearchHitRow = {
  kind: SearchKind;
  id: string;
  title: string;
  snippet: string;
  score: number;
  at: number | null;
  trajectoryId: string | null;
  state: string | null;
  /** Meeting id (minutes), provider id (contracts). */
  ref: string | null;
  version: number | null;
};

// Dates go in as ISO text: postgres.js takes no Date objects in raw SQL parameters.
const effectiveState = (now: Date, alias: string) => {
  const d = sql.raw(alias);
  return sql`case
    when ${d}.state is null then null
    when ${d}.state in ('draft', 'closed', 'feedback_published') then ${d}.state::text
    when ${now.toISOString()}::timestamptz >= ${d}.closes_at then 'closed'
    when ${d}.state = 'open' or ${now.toISOString()}::timestamptz >= ${d}.opens_at then 'open'
    else 'published' end`;
};

/*
 * The question as a scalar subquery: PostgreSQL computes it once per execution (an InitPlan). A statement
 * that postgres.js prepares runs on a generic plan after its fifth execution, and there the bare call
 * `websearch_to_tsquery('dutch', $1)` is a stable expression evaluated again for every matching row, in the
 * rank and the recheck: parsing and stemming the question 6,500 times made a common word cost 36 ms instead
 * of 15 (tests/integration/search-plan.test.ts). The GIN index takes the subquery's value as its key.
 */
const tsQuery = (q: string) => sql`(select websearch_to_tsquery('dutch', ${q}))`;

const epoch = (column: SQL) => sql`(extract(epoch from ${column}) * 1000)::float8`;
const richText = (column: SQL) =>
  sql`coalesce((select string_agg(x #>> '{}', ' ') from jsonb_path_query(${column}, 'strict $.**.text') x), '')`;

/*
 * The text a snippet is cut from, read for the rows of one page only: ranking and counting thousands of
 * matches then carries no long texts (minutes, introductions) through the sort.
 */
const SNIPPET_SOURCE: Record<SearchKind, SQL> = {
  trajectory: sql`(select x.summary from trajectories x where x.id = p.id)`,
  consultation: sql`(select ${richText(sql`x.introduction`)} from consultations x where x.id = p.id)`,
  feedback: sql`(select ${richText(sql`x.feedback`)} from consultations x where x.id = p.id)`,
  minutes: sql`(select x.text from minutes_versions x where x.id = p.id)`,
  document: sql`(select x.extracted_text from trajectory_documents x where x.id = p.id)`,
  provider: sql`(select x.city from providers x where x.id = p.id)`,
  contract: sql`(select x.reference from contracts x where x.id = p.id)`,
  table: sql`(select x.theme from consultation_tables x where x.id = p.id)`,
};

const snippetSource = (kinds: readonly SearchKind[]) =>
  sql`coalesce(case p.kind ${sql.join(
    kinds.map((kind) => sql`when ${kind} then ${SNIPPET_SOURCE[kind]}`),
    sql` `,
  )} end, '')`;

/**
 * Every match this actor may open, from the one table of search documents that triggers keep (migration
 * 0040): the kind, key and id of each with its rank, or with `count` only how many there are.
 */
function hits(scope: SearchRowScope, f: SearchFilter, count = false): SQL {
  const conditions: SQL[] = [
    sql`d.search_vector @@ ${tsQuery(f.q)}`,
    sql`d.kind in (${sql.join(
      f.kinds.map((k) => sql`${k}`),
      sql`, `,
    )})`,
    reachable(scope),
  ];
  if (f.trajectoryId) conditions.push(sql`d.trajectory_id = ${f.trajectoryId}::uuid`);
  if (f.from) conditions.push(sql`d.at >= ${f.from.toISOString()}::timestamptz`);
  if (f.until) conditions.push(sql`d.at < ${f.until.toISOString()}::timestamptz`);
  if (f.states)
    conditions.push(
      sql`${effectiveState(f.now, "d")} in (${sql.join(
        f.states.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  const where = sql.join(conditions, sql` and `);
  if (count) return sql`select count(*)::int as n from search_documents d where ${where}`;
  return sql`select d.kind, d.key, d.id, (ts_rank(d.search_vector, ${tsQuery(f.q)}) * 1000000)::int as score
    from search_documents d where ${where}`;
}

// Both drivers hand back text, numbers and nulls for these casts (ids and dates are cast in the SQL).
type RawRow = Record<string, string | number | null>;

/** Whether the question still holds a word once Dutch stop words ("de", "het", "een") are dropped. */
export async function hasSearchableWords(db: Executor, q: string): Promise<boolean> {
  const [row] = await queryRows<RawRow>(db, sql`select numnode(${tsQuery(q)})::int as n`);
  return Number(row?.n ?? 0) > 0;
}

export async function countSearchHits(db: Executor, scope: SearchRowScope, f: SearchFilter): Promise<number> {
  if (!f.kinds.length) return 0;
  const [row] = await queryRows<RawRow>(db, hits(scope, f, true));
  return Number(row?.n ?? 0);
}

/**
 * One page of results, best first, and how many there are in all; `after` is the keyset position of the
 * previous page's last result, `offset` is used only when someone asks for page N directly. The total is
 * counted in the same statement from the same list of matches; only a page past the end counts on its own.
 * Titles, dates and snippets are read for this page only.
 */
export async function searchHits(
  db: Executor,
  scope: SearchRowScope,
  f: SearchFilter,
  page: SearchPageRequest,
): Promise<{ rows: SearchHitRow[]; total: number }> {
  if (!f.kinds.length) return { rows: [], total: 0 };
  const rows = await queryRows<RawRow>(db, searchStatement(scope, f, page));
  const total =
    rows.length > 0 ? Number(rows[0]!.total) : page.after || page.offset > 0 ? await countSearchHits(db, scope, f) : 0;
  return { rows: rows.map(toHit), total };
}

export type SearchPageRequest = {
  limit: number;
  after: { score: number; kind: SearchKind; id: string } | null;
  offset: number;
};

/** The statement of `searchHits`: one page of results with the total. For tests of its plan too. */
export function searchStatement(scope: SearchRowScope, f: SearchFilter, page: SearchPageRequest): SQL {
  const after = page.after
    ? sql`where (r.score < ${page.after.score}::int or (r.score = ${page.after.score}::int
        and (r.kind, r.id) > (${page.after.kind}::text, ${page.after.id}::uuid)))`
    : sql``;
  // Highlight markers U+E000 and U+E001 (private use, see lib/search/snippet.ts), stripped from the text first.
  const options = sql`'StartSel=' || chr(57344) || ', StopSel=' || chr(57345)
    || ', MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "'`;
  // The matches are read once into a narrow list that both the count and the page are taken from.
  return sql`with m as materialized (${hits(scope, f)})
      select p.kind, p.id::text as id, p.title, r.score, ${epoch(sql`p.at`)} as at,
        p.trajectory_id::text as trajectory_id, ${effectiveState(f.now, "p")} as state, p.ref::text as ref, p.version,
        (select count(*)::int from m) as total,
        ts_headline('dutch', translate(${snippetSource(f.kinds)}, chr(57344) || chr(57345), ''), ${tsQuery(f.q)},
          ${options}) as snippet
      from (select * from m r ${after} order by r.score desc, r.kind, r.id limit ${page.limit}::int
        offset ${page.offset}::int) r
      join search_documents p on p.kind = r.kind and p.key = r.key
      order by r.score desc, r.kind, r.id`;
}

function toHit(r: RawRow): SearchHitRow {
  return {
    kind: r.kind as SearchKind,
    id: String(r.id),
    title: String(r.title),
    snippet: String(r.snippet ?? ""),
    score: Number(r.score),
    at: r.at === null || r.at === undefined ? null : Number(r.at),
    trajectoryId: r.trajectory_id ? String(r.trajectory_id) : null,
    state: r.state ? String(r.state) : null,
    ref: r.ref ? String(r.ref) : null,
    version: r.version === null || r.version === undefined ? null : Number(r.version),
  };
}
