import { parse } from "csv-parse/sync";
import { t } from "@/lib/i18n";
import { parseIndicator } from "./indicators";
import type { SizeIndicators } from "./size-class";

export type ImportedIndicators = SizeIndicators & { kvkNumber: string; year: number; line: number };
export type IndicatorCsv = { rows: ImportedIndicators[]; errors: string[] };

/** Column names as the officer's spreadsheet has them (lower case, without accents). */
const COLUMNS = {
  kvk: "kvk",
  year: "jaar",
  clients: "clienten",
  employees: "medewerkers",
  wmoRevenue: "omzet_wmo",
} as const;

const normalise = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\s-]+/g, "_");

/**
 * Reads the officer's CSV import: one row per provider and year with the columns kvk, jaar,
 * clienten, medewerkers, omzet_wmo (separated by ; or ,). Every faulty line is reported with
 * its number; the caller imports nothing unless every line is right.
 */
export function parseIndicatorCsv(text: string, currentYear = new Date().getFullYear()): IndicatorCsv {
  let records: Record<string, string>[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      delimiter: [";", ","],
      columns: (header: string[]) => header.map(normalise),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { rows: [], errors: [t("overlegtafel.csvUnreadable", { line: line ?? 1 })] };
  }
  const first = records[0];
  const missing = Object.values(COLUMNS).filter((c) => !first || !(c in first));
  if (missing.length) return { rows: [], errors: [t("overlegtafel.csvColumns", { columns: missing.join(", ") })] };

  const rows: ImportedIndicators[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  records.forEach((record, index) => {
    const line = index + 2;
    const problems: string[] = [];
    const kvkNumber = record[COLUMNS.kvk] ?? "";
    if (!/^\d{8}$/.test(kvkNumber)) problems.push(t("overlegtafel.csvKvk"));
    const year = Number(record[COLUMNS.year]);
    if (!Number.isInteger(year) || year < 2015 || year > currentYear + 1) problems.push(t("overlegtafel.yearInvalid"));
    const values = {} as SizeIndicators;
    for (const key of ["clients", "employees", "wmoRevenue"] as const) {
      const parsed = parseIndicator(record[COLUMNS[key]] ?? "", key);
      if (parsed.ok) values[key] = parsed.value;
      else problems.push(`${t(`overlegtafel.indicator_${key}`)}: ${parsed.message}`);
    }
    if (seen.has(`${kvkNumber}:${year}`)) problems.push(t("overlegtafel.csvDuplicate"));
    seen.add(`${kvkNumber}:${year}`);
    if (problems.length) errors.push(t("overlegtafel.csvLine", { line, problems: problems.join(" ") }));
    else rows.push({ kvkNumber, year, line, ...values });
  });
  if (records.length === 0) errors.push(t("overlegtafel.csvEmpty"));
  return { rows, errors };
}
