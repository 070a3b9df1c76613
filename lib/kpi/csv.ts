import { parse } from "csv-parse/sync";

export type CsvRow = { line: number; subregion: string; year: string; kpi: string; value: string; clients: string };

const HEADERS: Record<string, keyof Omit<CsvRow, "line">> = {
  deelregio: "subregion",
  regio: "subregion",
  jaar: "year",
  meetjaar: "year",
  kpi: "kpi",
  waarde: "value",
  score: "value",
  clienten: "clients",
  cliënten: "clients",
  "clienten in zorg": "clients",
  "cliënten in zorg": "clients",
};

/**
 * Reads a results file: one row per KPI, sub-region and year, with a header row naming the columns
 * (deelregio, jaar, kpi, waarde, cliënten). Comma or semicolon separated, as spreadsheets export it.
 */
export function parseResultsCsv(
  text: string,
): { rows: CsvRow[] } | { error: "empty" | "unreadable" | "columns"; missing?: string[] } {
  const clean = text.replace(/^\uFEFF/, "").trim();
  if (!clean) return { error: "empty" };
  // The header decides the separator: a semicolon file keeps Dutch decimal commas ("88,5") intact.
  const headerLine = clean.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = headerLine.includes(";") ? ";" : ",";
  let records: string[][];
  try {
    records = parse(clean, {
      delimiter,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      bom: true,
    });
  } catch {
    return { error: "unreadable" };
  }
  const [header, ...body] = records;
  if (!header) return { error: "empty" };
  const columns = header.map((h) => HEADERS[h.toLowerCase()]);
  const missing = (["subregion", "year", "kpi", "value", "clients"] as const).filter((c) => !columns.includes(c));
  if (missing.length) return { error: "columns", missing };
  const rows = body.map((cells, i) => {
    const row: CsvRow = { line: i + 2, subregion: "", year: "", kpi: "", value: "", clients: "" };
    columns.forEach((c, j) => {
      if (c) row[c] = cells[j] ?? "";
    });
    return row;
  });
  return rows.length ? { rows } : { error: "empty" };
}
