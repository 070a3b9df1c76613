import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/connection";
import type { ParsedImport } from "./parse-import";
import { dayToIso } from "./day-number";

/** Rows per statement: the rows travel as one JSON parameter, which both drivers pass through as text. */
const CHUNK = 20_000;

type Stored = Map<string, string>;

/**
 * The stored rows of an import, keyed by reference and product, each with its values as one string
 * (dates as day numbers), built in SQL so a year of rows crosses the wire as two short columns.
 */
export async function storedRecords(tx: Executor, importId: string, kind: ParsedImport["kind"]): Promise<Stored> {
  const rows =
    kind === "care_start"
      ? await queryRows<{ k: string; v: string }>(
          tx,
          sql`
          select reference || chr(1) || product_code as k,
            concat_ws('|', allocation_start - date '1970-01-01', actual_start - date '1970-01-01',
              message_sent - date '1970-01-01') as v
          from kpi_care_start_records where import_id = ${importId}`,
        )
      : await queryRows<{ k: string; v: string }>(
          tx,
          sql`
          select reference || chr(1) || product_code as k, concat_ws('|', achieved, coalesce(reason, '')) as v
          from kpi_result_records where import_id = ${importId}`,
        );
  return new Map(rows.map((r) => [r.k, r.v]));
}

/** The same keys and value strings for the rows of a new file. */
export function parsedRecords(parsed: ParsedImport): Stored {
  const out: Stored = new Map();
  if (parsed.kind === "care_start")
    for (const r of parsed.rows)
      out.set(`${r.reference}\u0001${r.product}`, `${r.allocationStart}|${r.actualStart}|${r.messageSent}`);
  else for (const r of parsed.rows) out.set(`${r.reference}\u0001${r.product}`, `${r.achieved}|${r.reason ?? ""}`);
  return out;
}

export type RecordDiff = { added: number; removed: number; changed: number; unchanged: number };

export function diffRecords(before: Stored, after: Stored): RecordDiff {
  const diff: RecordDiff = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const [key, value] of after) {
    const old = before.get(key);
    if (old === undefined) diff.added++;
    else if (old === value) diff.unchanged++;
    else diff.changed++;
  }
  for (const key of before.keys()) if (!after.has(key)) diff.removed++;
  return diff;
}

export async function insertRecords(tx: Executor, importId: string, parsed: ParsedImport): Promise<void> {
  for (let i = 0; i < parsed.rows.length; i += CHUNK) {
    if (parsed.kind === "care_start") {
      const chunk = parsed.rows.slice(i, i + CHUNK).map((r) => ({
        r: r.reference,
        p: r.product,
        a: dayToIso(r.allocationStart),
        s: dayToIso(r.actualStart),
        m: dayToIso(r.messageSent),
      }));
      await tx.execute(sql`
        insert into kpi_care_start_records
          (import_id, reference, product_code, allocation_start, actual_start, message_sent)
        select ${importId}::uuid, x.r, x.p, x.a, x.s, x.m
        from json_to_recordset(${JSON.stringify(chunk)}::json) as x(r text, p text, a date, s date, m date)`);
    } else {
      const chunk = parsed.rows
        .slice(i, i + CHUNK)
        .map((r) => ({ r: r.reference, p: r.product, a: r.achieved, c: r.reason }));
      await tx.execute(sql`
        insert into kpi_result_records (import_id, reference, product_code, achieved, reason)
        select ${importId}::uuid, x.r, x.p, x.a, x.c
        from json_to_recordset(${JSON.stringify(chunk)}::json) as x(r text, p text, a boolean, c text)`);
    }
  }
}
