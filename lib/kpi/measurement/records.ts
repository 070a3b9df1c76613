import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/connection";
import type { ParsedImport } from "./parse-import";
import { dayToIso } from "./day-number";

/** Rows per statement: the rows travel as one JSON parameter, which both drivers pass through as text. */
const CHUNK = 20_000;

export type RecordChunks = { kind: ParsedImport["kind"]; json: string[]; sizes: number[] };

/** The rows of a file as JSON chunks, written once and used both to compare and to insert. */
export function recordChunks(parsed: ParsedImport): RecordChunks {
  const json: string[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < parsed.rows.length; i += CHUNK) {
    const chunk =
      parsed.kind === "care_start"
        ? parsed.rows.slice(i, i + CHUNK).map((r) => ({
            r: r.reference,
            p: r.product,
            a: dayToIso(r.allocationStart),
            s: dayToIso(r.actualStart),
            m: dayToIso(r.messageSent),
          }))
        : parsed.rows.slice(i, i + CHUNK).map((r) => ({ r: r.reference, p: r.product, a: r.achieved, c: r.reason }));
    json.push(JSON.stringify(chunk));
    sizes.push(chunk.length);
  }
  return { kind: parsed.kind, json, sizes };
}

export type RecordDiff = { added: number; removed: number; changed: number; unchanged: number };

/**
 * What a re-import changes against the stored import `previousId` (`previousCount` rows), keyed by
 * reference and product: compared in the database, chunk by chunk, along its unique index.
 */
export async function diffAgainst(
  tx: Executor,
  previousId: string,
  previousCount: number,
  chunks: RecordChunks,
): Promise<RecordDiff> {
  let matched = 0;
  let unchanged = 0;
  for (const json of chunks.json) {
    const [row] = await queryRows<{ matched: number; unchanged: number }>(
      tx,
      chunks.kind === "care_start"
        ? sql`
          select count(r.reference)::int as matched,
            count(*) filter (where r.allocation_start = x.a and r.actual_start = x.s and r.message_sent = x.m)::int
              as unchanged
          from json_to_recordset(${json}::json) as x(r text, p text, a date, s date, m date)
          left join kpi_care_start_records r
            on r.import_id = ${previousId} and r.reference = x.r and r.product_code = x.p`
        : sql`
          select count(r.reference)::int as matched,
            count(*) filter (where r.achieved = x.a and r.reason is not distinct from x.c)::int as unchanged
          from json_to_recordset(${json}::json) as x(r text, p text, a boolean, c text)
          left join kpi_result_records r
            on r.import_id = ${previousId} and r.reference = x.r and r.product_code = x.p`,
    );
    matched += Number(row?.matched ?? 0);
    unchanged += Number(row?.unchanged ?? 0);
  }
  const total = chunks.sizes.reduce((a, b) => a + b, 0);
  return { added: total - matched, removed: previousCount - matched, changed: matched - unchanged, unchanged };
}

export async function insertRecords(tx: Executor, importId: string, chunks: RecordChunks): Promise<void> {
  for (const json of chunks.json) {
    if (chunks.kind === "care_start")
      await tx.execute(sql`
        insert into kpi_care_start_records
          (import_id, reference, product_code, allocation_start, actual_start, message_sent)
        select ${importId}::uuid, x.r, x.p, x.a, x.s, x.m
        from json_to_recordset(${json}::json) as x(r text, p text, a date, s date, m date)`);
    else
      await tx.execute(sql`
        insert into kpi_result_records (import_id, reference, product_code, achieved, reason)
        select ${importId}::uuid, x.r, x.p, x.a, x.c
        from json_to_recordset(${json}::json) as x(r text, p text, a boolean, c text)`);
  }
}

const CARE_ROWS = (json: string) => sql`json_to_recordset(${json}::json) as x(r text, p text, a date, s date, m date)`;
const RESULT_ROWS = (json: string) => sql`json_to_recordset(${json}::json) as x(r text, p text, a boolean, c text)`;

/**
 * Makes the stored rows of import `importId` equal to the new file's while writing only what differs:
 * rows that are gone or changed are deleted, rows that are new or changed are inserted.
 */
export async function replaceChangedRecords(tx: Executor, importId: string, chunks: RecordChunks): Promise<void> {
  const care = chunks.kind === "care_start";
  const table = care ? sql.raw("kpi_care_start_records") : sql.raw("kpi_result_records");
  const same = care
    ? sql`x.r = t.reference and x.p = t.product_code and x.a = t.allocation_start and x.s = t.actual_start
        and x.m = t.message_sent`
    : sql`x.r = t.reference and x.p = t.product_code and x.a = t.achieved and x.c is not distinct from t.reason`;
  const cols = care ? sql`x.r, x.p, x.a, x.s, x.m` : sql`x.r, x.p, x.a, x.c`;
  const incoming = sql.join(
    chunks.json.map((json) => sql`select ${cols} from ${care ? CARE_ROWS(json) : RESULT_ROWS(json)}`),
    sql` union all `,
  );
  // An anti-join the planner can hash: stored rows without an identical incoming row go.
  await tx.execute(sql`
    delete from ${table} where ctid in (
      select t.ctid from ${table} t left join (${incoming}) x on ${same}
      where t.import_id = ${importId} and x.r is null)`);
  for (const json of chunks.json) {
    const missing = sql`not exists (select 1 from ${table} t where t.import_id = ${importId}
      and t.reference = x.r and t.product_code = x.p)`;
    if (care)
      await tx.execute(sql`
        insert into kpi_care_start_records
          (import_id, reference, product_code, allocation_start, actual_start, message_sent)
        select ${importId}::uuid, x.r, x.p, x.a, x.s, x.m from ${CARE_ROWS(json)} where ${missing}`);
    else
      await tx.execute(sql`
        insert into kpi_result_records (import_id, reference, product_code, achieved, reason)
        select ${importId}::uuid, x.r, x.p, x.a, x.c from ${RESULT_ROWS(json)} where ${missing}`);
  }
}
