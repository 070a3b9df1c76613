import { t } from "@/lib/i18n";
import { columnFor, COLUMN_TITLE, COLUMNS, type Column, type MeasurementKind } from "./columns";
import type { CareStartRow, MissReason, ResultRow } from "./compute";
import { parseDateCell } from "./dates";
import { dayNumber, dayToDutch } from "./day-number";
import { isPersonalHeader, personalDataIn } from "./personal-data";

/** One problem in a file, with its row (the header is row 1) and column when it has them. */
export type ImportProblem = { row: number | null; column: string | null; message: string };

export type ParsedImport =
  | { kind: "care_start"; rows: CareStartRow[]; lines: number[] }
  | { kind: "result"; rows: ResultRow[]; lines: number[] };

const YES = new Set(["ja", "j", "yes", "y", "1", "true", "waar", "behaald"]);
const NO = new Set(["nee", "n", "no", "0", "false", "onwaar", "niet behaald"]);
const REASONS: Record<string, MissReason> = {
  client: "client",
  aanbieder: "provider",
  zorgaanbieder: "provider",
  provider: "provider",
  "lokaal team": "local_team",
  "lokale team": "local_team",
  "lokale toegang": "local_team",
  "medewerker lokaal team": "local_team",
  "medewerker lokale team": "local_team",
  wijkteam: "local_team",
  local_team: "local_team",
};

/** Listing more than this many row numbers for one personal-data column says nothing more. */
const ROWS_NAMED = 20;

function rowList(rows: number[]): string {
  const named = rows.slice(0, ROWS_NAMED).join(", ");
  return rows.length > ROWS_NAMED ? t("kpiData.rowsAndMore", { rows: named, more: rows.length - ROWS_NAMED }) : named;
}

/**
 * Checks a whole table before anything is stored: the columns, personal data in any cell, and
 * every row (dates, product codes of the contract, duplicates, 305 before 301, the measurement
 * year). Every problem is reported, so one corrected file can be imported at once.
 * `table` holds text cells, the first row being the header.
 */
export function parseMeasurementTable(
  kind: MeasurementKind,
  table: readonly (readonly string[])[],
  scope: { year: number; productCodes: ReadonlySet<string> },
): { ok: true; parsed: ParsedImport } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const [header, ...body] = table;
  const dataRows = body.map((cells, i) => ({ cells, line: i + 2 })).filter((r) => r.cells.some((c) => c.trim()));
  if (!header || !header.some((c) => c.trim()) || dataRows.length === 0)
    return { ok: false, problems: [{ row: null, column: null, message: t("kpiData.empty") }] };

  const columnAt = header.map((title) => columnFor(kind, title));
  const missing = COLUMNS[kind].filter((c: Column) => !columnAt.includes(c));
  if (missing.length)
    problems.push({
      row: 1,
      column: null,
      message: t("kpiData.missingColumns", { columns: missing.map((c: Column) => COLUMN_TITLE[c]).join(", ") }),
    });

  // Personal data: a column titled as such, then every cell of the reference column and of any
  // column the import does not use (it would not be stored, but a file like that should not be sent).
  header.forEach((title, j) => {
    const column = title.trim() || t("kpiData.columnNumber", { n: j + 1 });
    if (isPersonalHeader(title)) {
      problems.push({ row: 1, column, message: t("kpiData.personalColumn") });
      return;
    }
    const col = columnAt[j];
    if (col && col !== "reference") return;
    const hits: number[] = [];
    for (const { cells, line } of dataRows) if (personalDataIn(cells[j] ?? "", col === "reference")) hits.push(line);
    if (hits.length)
      problems.push({ row: hits[0]!, column, message: t("kpiData.personalCells", { rows: rowList(hits) }) });
  });
  if (missing.length) return { ok: false, problems };

  const index = Object.fromEntries(columnAt.map((c, j) => [c, j]).filter(([c]) => c)) as Record<Column, number>;
  const cell = (cells: readonly string[], c: Column) => (cells[index[c]] ?? "").trim();
  const seen = new Map<string, number>();
  const yearStart = dayNumber(scope.year, 1, 1);
  const yearEnd = dayNumber(scope.year, 12, 31);
  const lines: number[] = [];
  const careRows: CareStartRow[] = [];
  const resultRows: ResultRow[] = [];

  for (const { cells, line } of dataRows) {
    const problem = (c: Column, message: string) => problems.push({ row: line, column: COLUMN_TITLE[c], message });
    const before = problems.length;
    const reference = cell(cells, "reference");
    const product = cell(cells, "product").toUpperCase();
    if (!reference) problem("reference", t("kpiData.required"));
    else if (reference.length > 64) problem("reference", t("kpiData.referenceTooLong"));
    if (!product) problem("product", t("kpiData.required"));
    else if (!scope.productCodes.has(product)) problem("product", t("kpiData.unknownProduct", { code: product }));
    const key = `${reference}\u0000${product}`;
    const earlier = seen.get(key);
    if (reference && product && earlier !== undefined)
      problem("reference", t("kpiData.duplicate", { reference, product, row: earlier }));
    else seen.set(key, line);

    if (kind === "care_start") {
      const date = (c: Column) => {
        const raw = cell(cells, c);
        const day = raw ? parseDateCell(raw) : null;
        if (day === null) problem(c, raw ? t("kpiData.dateInvalid", { value: raw }) : t("kpiData.required"));
        return day;
      };
      const allocationStart = date("allocationStart");
      const actualStart = date("actualStart");
      const messageSent = date("messageSent");
      if (allocationStart !== null && (allocationStart < yearStart || allocationStart > yearEnd))
        problem("allocationStart", t("kpiData.outsideYear", { date: dayToDutch(allocationStart), year: scope.year }));
      if (allocationStart !== null && actualStart !== null && actualStart < allocationStart)
        problem(
          "actualStart",
          t("kpiData.startBefore301", { start: dayToDutch(actualStart), allocation: dayToDutch(allocationStart) }),
        );
      if (actualStart !== null && messageSent !== null && messageSent < actualStart)
        problem(
          "messageSent",
          t("kpiData.sentBeforeStart", { sent: dayToDutch(messageSent), start: dayToDutch(actualStart) }),
        );
      if (problems.length === before && allocationStart !== null && actualStart !== null && messageSent !== null)
        careRows.push({ reference, product, allocationStart, actualStart, messageSent });
    } else {
      const rawAchieved = cell(cells, "achieved").toLowerCase();
      const achieved = YES.has(rawAchieved) ? true : NO.has(rawAchieved) ? false : null;
      if (achieved === null)
        problem("achieved", rawAchieved ? t("kpiData.achievedInvalid", { value: rawAchieved }) : t("kpiData.required"));
      const rawReason = cell(cells, "reason").toLowerCase();
      const reasonKey = rawReason.normalize("NFD").replace(/\p{M}/gu, "");
      const reason = rawReason ? (REASONS[reasonKey] ?? null) : null;
      if (rawReason && !reason) problem("reason", t("kpiData.reasonInvalid", { value: rawReason }));
      else if (achieved === false && !reason) problem("reason", t("kpiData.reasonRequired"));
      else if (achieved === true && reason) problem("reason", t("kpiData.reasonWhenAchieved"));
      if (problems.length === before && achieved !== null) resultRows.push({ reference, product, achieved, reason });
    }
    if (problems.length === before) lines.push(line);
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    parsed: kind === "care_start" ? { kind, rows: careRows, lines } : { kind, rows: resultRows, lines },
  };
}
