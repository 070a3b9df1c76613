import { stringify } from "csv-stringify/sync";
import writeXlsxFile from "write-excel-file/node";

/** Rows of text cells, the first row being the header. */
export type TextTable = readonly (readonly string[])[];

// What a spreadsheet program reads as the start of a formula (or of a DDE call): =, +, -, @, their
// full-width forms, a tab or a carriage return. Leading white space is looked through as well: some
// programs trim it before they decide.
const FORMULA_START = /^\s*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;

/**
 * A cell that would start a formula gets a leading apostrophe, so a provider's answer such as
 * `=HYPERLINK("https://…","klik")` is shown as text in an officer's spreadsheet, never run.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * CSV for Dutch spreadsheet programs: semicolons, a byte-order mark so accents survive, and every cell
 * neutralised (csv-stringify's own formula escaping stays on as a second guard). csv-stringify quotes
 * a cell with a line feed but not one with a lone carriage return, which readers take as a new row.
 */
export function toCsv(table: TextTable): string {
  const rows = table.map((row) => row.map(neutraliseFormula));
  return `\uFEFF${stringify(rows, { delimiter: ";", escape_formulas: true, quoted_match: /\r/ })}`;
}

/** An XLSX workbook of text cells (never formulas), neutralised like the CSV; the header row in bold. */
export async function toXlsx(table: TextTable): Promise<Uint8Array> {
  const rows = table.map((row, i) =>
    row.map((value) => ({
      type: String,
      value: neutraliseFormula(value),
      fontWeight: i === 0 ? ("bold" as const) : undefined,
    })),
  );
  return new Uint8Array(await writeXlsxFile(rows).toBuffer());
}
