import { parse } from "csv-parse/sync";
import { readSheet } from "read-excel-file/node";
import { t } from "@/lib/i18n";
import { dayToDutch } from "./day-number";
import type { ImportProblem } from "./parse-import";

/**
 * The largest file accepted: a year of 200,000 allocations as CSV is about 10 MB. Larger files are
 * refused on their size alone, before a byte of them is read.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type FileTable = { ok: true; table: string[][] } | { ok: false; problems: ImportProblem[] };

const refuse = (message: string): FileTable => ({ ok: false, problems: [{ row: null, column: null, message }] });

export function fileSizeProblem(size: number): ImportProblem | null {
  if (size === 0) return { row: null, column: null, message: t("kpiData.empty") };
  if (size <= MAX_FILE_BYTES) return null;
  return {
    row: null,
    column: null,
    message: t("kpiData.tooLarge", {
      size: Math.ceil(size / (1024 * 1024)),
      max: MAX_FILE_BYTES / (1024 * 1024),
    }),
  };
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Older spreadsheet programs save CSV in Windows-1252.
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

export function readCsv(text: string): FileTable {
  const clean = text.replace(/^\uFEFF/, "");
  if (!clean.trim()) return refuse(t("kpiData.empty"));
  const header = clean.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = header.includes(";") ? ";" : header.includes("\t") ? "\t" : ",";
  // Without a quote no cell can hold a separator or a line break: splitting is exact, and many times
  // faster than the general parser on a year of rows. Anything quoted goes through csv-parse.
  if (!clean.includes('"'))
    return {
      ok: true,
      table: clean
        .split(/\r?\n|\r/)
        .filter((line) => line.trim())
        .map((line) => line.split(delimiter)),
    };
  try {
    const table: string[][] = parse(clean, {
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      bom: true,
    });
    return { ok: true, table };
  } catch {
    return refuse(t("kpiData.unreadable"));
  }
}

// A spreadsheet cell as text: a date cell as dd-mm-jjjj (read-excel-file gives it at UTC midnight).
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return dayToDutch(Math.floor(value.getTime() / 86_400_000));
  if (typeof value === "boolean") return value ? "ja" : "nee";
  return typeof value === "number" || typeof value === "string" ? String(value) : "";
}

export async function readXlsx(bytes: Uint8Array): Promise<FileTable> {
  try {
    const rows = await readSheet(Buffer.from(bytes), 1);
    return { ok: true, table: rows.map((row) => row.map(cellText)) };
  } catch {
    return refuse(t("kpiData.unreadable"));
  }
}

/** Reads an uploaded CSV or XLSX file into text cells; the size is checked first. */
export async function readMeasurementFile(file: { name: string; bytes: Uint8Array }): Promise<FileTable> {
  const sizeProblem = fileSizeProblem(file.bytes.byteLength);
  if (sizeProblem) return { ok: false, problems: [sizeProblem] };
  if (isZip(file.bytes)) return readXlsx(file.bytes);
  if (/\.xlsx?$/i.test(file.name)) return refuse(t("kpiData.unreadable"));
  return readCsv(decodeText(file.bytes));
}
