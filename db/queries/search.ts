import { eq, or, sql, type SQL } from "drizzle-orm";
import { consultationInvitations, consultationResponses, consultations, meetingInvitees, meetings } from "@/db/schema";
import type { Executor } from "@/db/connection";
import type { SearchKind } from "@/lib/search/kinds";

/** Trajectories in which this person, or the provider they speak for, takes part. */
export async function involvedTrajectoryIds(
  db: Executor,
  who: { userId: string; providerId: string | null },
): Promise<string[]> {
  const mine = <T extends typeof consultationInvitations | typeof consultationResponses | typeof meetingInvitees>(
    table: T,
  ) => or(eq(table.userId, who.userId), who.providerId ? eq(table.providerId, who.providerId) : undefined);
  const rows = await Promise.all([
    db
      .selectDistinct({ id: consultations.trajectoryId })
      .from(consultationInvitations)
      .innerJoin(consultations, eq(consultations.id, consultationInvitations.consultationId))
      .where(mine(consultationInvitations)),
    db
      .selectDistinct({ id: consultations.trajectoryId })
      .from(consultationResponses)
      .innerJoin(consultations, eq(consultations.id, consultationResponses.consultationId))
      .where(mine(consultationResponses)),
    db
      .selectDistinct({ id: meetings.trajectoryId })
      .from(meetingInvitees)
      .innerJoin(meetings, eq(meetings.id, meetingInvitees.meetingId))
      .where(mine(meetingInvitees)),
  ]);
  return [...new Set(rows.flat().map((r) => r.id))];
}

type Who = { userId: string; providerId: string | null };
/**
 * `who` is the person searching (null when signed out); `trajectoryIds` are the trajectories they are
 * involved in; `tableIds` the consultation tables relevant to the provider they speak for.
 */
export type SearchScope = { everything: boolean; trajectoryIds: string[]; tableIds: string[]; who: Who | null };

/**
 * What one search may return, row by row, as lib/search/scope.ts derives it from the policy. Each flag
 * or list is the SQL side of one rule that opens the item; `everything` is the officer's.
 */
export type SearchRowScope = SearchScope & {
  /** Whether an invitation opens a closed consultation for this person (not for an administrator). */
  invitationsCount: boolean;
  /** Whether a public document of a public trajectory may be downloaded (always, today). */
  publicDocuments: boolean;
  /** Which provider's contracts this person may open (their own), when not everything. */
  ownProviderId: string | null;
};

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

const list = (ids: readonly string[]) =>
  ids.length
    ? sql`(${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : null;
const inIds = (column: SQL, ids: readonly string[]) => {
  const values = list(ids);
  return values ? sql`${column} in ${values}` : sql`false`;
};

// Dates go in as ISO text: postgres.js takes no Date objects in raw SQL parameters.
const effectiveState = (now: Date) => sql`case
  when c.state in ('draft', 'closed', 'feedback_published') then c.state::text
  when ${now.toISOString()}::timestamptz >= c.closes_at then 'closed'
  when c.state = 'open' or ${now.toISOString()}::timestamptz >= c.opens_at then 'open'
  else 'published' end`;

/** The SQL form of consultationAccess(...).see for everyone but officers. */
function visibleConsultation(scope: SearchRowScope, alias: string): SQL {
  if (scope.everything) return sql`true`;
  const c = sql.raw(alias);
  const { who } = scope;
  const invited =
    who && scope.invitationsCount
      ? sql`exists (select 1 from consultation_invitations i where i.consultation_id = ${c}.id and (i.user_id = ${
          who.userId
        }::uuid${who.providerId ? sql` or i.provider_id = ${who.providerId}::uuid` : sql``}))`
      : sql`false`;
  return sql`(${c}.state <> 'draft' and (${c}.openness = 'open' or ${invited}))`;
}

/** The SQL form of mayReadPublishedMinutes, for all meetings at once. */
function readableMinutes(scope: SearchRowScope): SQL {
  if (scope.everything) return sql`true`;
  const involved = sql`(t.visibility = 'public' or ${inIds(sql`t.id`, scope.trajectoryIds)} or ${inIds(
    sql`m.table_id`,
    scope.tableIds,
  )})`;
  const { who } = scope;
  const invited = who
    ? sql`exists (select 1 from meeting_invitees mi where mi.meeting_id = m.id and (mi.user_id = ${who.userId}::uuid${
        who.providerId ? sql` or mi.provider_id = ${who.providerId}::uuid` : sql``
      }))`
    : sql`false`;
  return sql`((m.minutes_audience = 'trajectory' and ${involved}) or (m.minutes_audience = 'invitees' and ${invited}))`;
}

const epoch = (column: SQL) => sql`(extract(epoch from ${column}) * 1000)::float8`;
const score = (vector: SQL) => sql`(ts_rank(${vector}, q.query) * 1000000)::int`;
const richText = (column: SQL) =>
  sql`coalesce((select string_agg(x #>> '{}', ' ') from jsonb_path_query(${column}, 'strict $.**.text') x), '')`;

type Branch = { kind: SearchKind; sql: SQL };

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

function branches(scope: SearchRowScope, f: SearchFilter): Branch[] {
  const state = effectiveState(f.now);
  const all: Branch[] = [
    {
      kind: "trajectory",
      sql: sql`select 'trajectory' as kind, t.id, t.title, null::text as body, ${score(sql`t.search_vector`)} as score,
        ${epoch(sql`t.updated_at`)} as at, t.id as trajectory_id, null::text as state, null::uuid as ref,
        null::int as version
        from trajectories t, q where t.search_vector @@ q.query
        and ${scope.everything ? sql`true` : sql`t.visibility = 'public'`}`,
    },
    {
      kind: "consultation",
      sql: sql`select 'consultation', c.id, c.title, null::text, ${score(sql`c.search_vector`)},
        ${epoch(sql`c.opens_at`)}, c.trajectory_id, ${state}, null::uuid, null::int
        from consultations c, q where c.search_vector @@ q.query and ${visibleConsultation(scope, "c")}`,
    },
    {
      kind: "feedback",
      sql: sql`select 'feedback', c.id, c.title, null::text, ${score(sql`c.feedback_search_vector`)},
        ${epoch(sql`c.feedback_published_at`)}, c.trajectory_id, ${state}, null::uuid, null::int
        from consultations c, q where c.feedback_search_vector @@ q.query and c.feedback is not null
        and c.feedback_published_at is not null and ${visibleConsultation(scope, "c")}`,
    },
    {
      // Published versions hold only redacted text, so a search can never find what was removed; only
      // the newest version of each meeting is a result.
      kind: "minutes",
      sql: sql`select 'minutes', mv.id, m.title, null::text, ${score(sql`(mv.search_vector || m.search_vector)`)},
        ${epoch(sql`mv.published_at`)}, m.trajectory_id, null::text, m.id, mv.version
        from minutes_versions mv join meetings m on m.id = mv.meeting_id join trajectories t on t.id = m.trajectory_id,
        q where (mv.search_vector @@ q.query or m.search_vector @@ q.query)
        and not exists (select 1 from minutes_versions n where n.meeting_id = mv.meeting_id and n.version > mv.version)
        and ${readableMinutes(scope)}`,
    },
    {
      // A consultation's attachment opens for whoever may see the consultation; any other document when
      // it is public in a public trajectory (document.download).
      kind: "document",
      sql: sql`select 'document', d.id, d.title, null::text, ${score(sql`d.search_vector`)},
        ${epoch(sql`d.uploaded_at`)}, d.trajectory_id, null::text, null::uuid, null::int
        from trajectory_documents d join trajectories t on t.id = d.trajectory_id
        left join consultations dc on dc.id = d.consultation_id, q where d.search_vector @@ q.query
        and ${
          scope.everything
            ? sql`true`
            : sql`case when d.consultation_id is not null then ${visibleConsultation(scope, "dc")}
              else ${scope.publicDocuments ? sql`d.is_public and t.visibility = 'public'` : sql`false`} end`
        }`,
    },
    {
      kind: "provider",
      sql: sql`select 'provider', p.id, p.name, null::text, ${score(sql`p.search_vector`)},
        null::float8, null::uuid, null::text, null::uuid, null::int
        from providers p, q where p.search_vector @@ q.query and ${scope.everything ? sql`true` : sql`false`}`,
    },
    {
      kind: "contract",
      sql: sql`select 'contract', k.id, k.title, null::text, ${score(sql`k.search_vector`)},
        ${epoch(sql`k.created_at`)}, k.trajectory_id, null::text, k.provider_id, null::int
        from contracts k, q where k.search_vector @@ q.query and ${
          scope.everything
            ? sql`true`
            : scope.ownProviderId
              ? sql`k.provider_id = ${scope.ownProviderId}::uuid`
              : sql`false`
        }`,
    },
    {
      kind: "table",
      sql: sql`select 'table', ct.id, ct.title, null::text, ${score(sql`ct.search_vector`)},
        ${epoch(sql`ct.created_at`)}, ct.trajectory_id, null::text, null::uuid, null::int
        from consultation_tables ct, q where ct.search_vector @@ q.query
        and ${scope.everything ? sql`true` : inIds(sql`ct.id`, scope.tableIds)}`,
    },
  ];
  return all.filter((b) => f.kinds.includes(b.kind));
}

function hits(scope: SearchRowScope, f: SearchFilter): SQL {
  const union = branches(scope, f).map((b) => b.sql);
  const conditions: SQL[] = [];
  if (f.trajectoryId) conditions.push(sql`h.trajectory_id = ${f.trajectoryId}::uuid`);
  if (f.from) conditions.push(sql`h.at >= ${f.from.getTime()}::float8`);
  if (f.until) conditions.push(sql`h.at < ${f.until.getTime()}::float8`);
  if (f.states)
    conditions.push(
      sql`h.state in (${sql.join(
        f.states.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
  return sql`with q as materialized (select websearch_to_tsquery('dutch', ${f.q}) as query)
    select h.*, q.query from (${sql.join(union, sql` union all `)})
      as h(kind, id, title, body, score, at, trajectory_id, state, ref, version), q ${where}`;
}

// Both drivers hand back text, numbers and nulls for these casts (ids and dates are cast in the SQL).
type RawRow = Record<string, string | number | null>;
const rowsOf = (result: unknown): RawRow[] =>
  Array.isArray(result) ? (result as RawRow[]) : ((result as { rows: RawRow[] }).rows ?? []);

/** Whether the question still holds a word once Dutch stop words ("de", "het", "een") are dropped. */
export async function hasSearchableWords(db: Executor, q: string): Promise<boolean> {
  const [row] = rowsOf(await db.execute(sql`select numnode(websearch_to_tsquery('dutch', ${q}))::int as n`));
  return Number(row?.n ?? 0) > 0;
}

export async function countSearchHits(db: Executor, scope: SearchRowScope, f: SearchFilter): Promise<number> {
  if (!f.kinds.length) return 0;
  const [row] = rowsOf(await db.execute(sql`select count(*)::int as n from (${hits(scope, f)}) counted`));
  return Number(row?.n ?? 0);
}

/**
 * One page of results, best first, and how many there are in all; `after` is the keyset position of the
 * previous page's last result, `offset` is used only when someone asks for page N directly. Ranking already
 * visits every match, so the total is counted in the same pass (before the keyset position narrows it)
 * rather than by a second query over the same union; only a page past the end counts on its own.
 * Snippets are made for this page only.
 */
export async function searchHits(
  db: Executor,
  scope: SearchRowScope,
  f: SearchFilter,
  page: { limit: number; after: { score: number; kind: SearchKind; id: string } | null; offset: number },
): Promise<{ rows: SearchHitRow[]; total: number }> {
  if (!f.kinds.length) return { rows: [], total: 0 };
  const after = page.after
    ? sql`where (r.score < ${page.after.score}::int or (r.score = ${page.after.score}::int
        and (r.kind, r.id) > (${page.after.kind}::text, ${page.after.id}::uuid)))`
    : sql``;
  // Highlight markers U+E000 and U+E001 (private use, see lib/search/snippet.ts), stripped from the text first.
  const options = sql`'StartSel=' || chr(57344) || ', StopSel=' || chr(57345)
    || ', MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "'`;
  const rows = rowsOf(
    await db.execute(sql`select p.kind, p.id::text as id, p.title, p.score, p.at,
      p.trajectory_id::text as trajectory_id, p.state, p.ref::text as ref, p.version, p.total,
      ts_headline('dutch', translate(${snippetSource(f.kinds)}, chr(57344) || chr(57345), ''), p.query, ${options})
        as snippet
      from (select * from (select h.*, count(*) over ()::int as total from (${hits(scope, f)}) h) r ${after}
        order by r.score desc, r.kind, r.id limit ${page.limit}::int offset ${page.offset}::int) p
      order by p.score desc, p.kind, p.id`),
  );
  const total =
    rows.length > 0 ? Number(rows[0]!.total) : page.after || page.offset > 0 ? await countSearchHits(db, scope, f) : 0;
  return { rows: rows.map(toHit), total };
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
