import writeXlsxFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import { problemLines } from "@/lib/kpi/measurement/format-problems";
import { parseMeasurementTable } from "@/lib/kpi/measurement/parse-import";
import { personalDataIn } from "@/lib/kpi/measurement/personal-data";
import { fileSizeProblem, readCsv, readMeasurementFile } from "@/lib/kpi/measurement/read-file";

const scope = { year: 2025, productCodes: new Set(["WMO-BI", "WMO-BG"]) };
const CARE_HEADER = ["referentie", "productcode", "startdatum 301", "startdatum 305", "verzenddatum 305"];
const care = (...rows: string[][]) => parseMeasurementTable("care_start", [CARE_HEADER, ...rows], scope);
const problemsOf = (r: ReturnType<typeof care>) => (r.ok ? [] : r.problems);

describe("start-of-care rows", () => {
  it("accepts the three date formats side by side", () => {
    const r = care(["P-1", "WMO-BI", "03-02-2025", "2025-02-10", "45698"]);
    expect(r.ok).toBe(true);
    if (r.ok && r.parsed.kind === "care_start")
      expect(r.parsed.rows[0]!.messageSent - r.parsed.rows[0]!.actualStart).toBe(0);
  });
  it("lists every bad row at once, each with its row and column", () => {
    const problems = problemsOf(
      care(
        ["P-1", "WMO-BI", "03-02-2025", "01-02-2025", "03-02-2025"], // 305 before its 301
        ["P-2", "WMO-XX", "03-02-2025", "04-02-2025", "05-02-2025"], // unknown product
        ["P-3", "WMO-BI", "3 februari", "04-02-2025", "05-02-2025"], // bad date
        ["P-3", "WMO-BI", "03-02-2025", "04-02-2025", "05-02-2025"], // duplicate
        ["P-5", "WMO-BI", "03-02-2024", "04-02-2024", "05-02-2024"], // other year
        ["P-6", "WMO-BI", "03-02-2025", "10-02-2025", "07-02-2025"], // sent before start
      ),
    );
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [2, "startdatum 305"],
      [3, "productcode"],
      [4, "startdatum 301"],
      [5, "referentie"],
      [6, "startdatum 301"],
      [7, "verzenddatum 305"],
    ]);
    expect(problems[0]!.message).toMatch(/vóór de startdatum uit de iWmo301/);
    expect(problems[1]!.message).toMatch(/WMO-XX is onbekend/);
    expect(problems[3]!.message).toMatch(/staat ook al in rij 4/);
    expect(problems[4]!.message).toMatch(/niet in meetjaar 2025/);
  });
  it("refuses an empty file and a file with only a header", () => {
    expect(problemsOf(care())[0]!.message).toMatch(/leeg/);
    expect(problemsOf(parseMeasurementTable("care_start", [], scope))[0]!.message).toMatch(/leeg/);
    expect(readCsv("\uFEFF\n\n").ok).toBe(false);
  });
  it("names missing columns", () => {
    const r = parseMeasurementTable(
      "care_start",
      [
        ["referentie", "productcode"],
        ["P-1", "WMO-BI"],
      ],
      scope,
    );
    expect(problemsOf(r)[0]!.message).toMatch(/startdatum 301, startdatum 305, verzenddatum 305/);
  });
});

describe("personal data", () => {
  it("recognises a BSN, a name, a birth date and an e-mail address in a cell", () => {
    expect(personalDataIn("111222333")).toBe("bsn");
    expect(personalDataIn("Jan de Vries")).toBe("person-name");
    expect(personalDataIn("12-03-1948", true)).toBe("birth-date");
    expect(personalDataIn("j.devries@example.nl")).toBe("email");
    expect(personalDataIn("P-000123", true)).toBeNull();
    expect(personalDataIn("ZW25-00017", true)).toBeNull();
    expect(personalDataIn("ZW-2025-AB17x", true)).toBeNull();
    expect(personalDataIn("J.Jansen", true)).toBe("person-name");
    expect(personalDataIn("1131AB", true)).toBe("address");
    expect(personalDataIn("0612345678", true)).toBe("phone");
    expect(personalDataIn("NL91ABNA0417164300", true)).toBe("iban");
    expect(personalDataIn("123-456-782", true)).toBe("bsn");
  });
  it("refuses a file with a BSN-like column, naming the column and the rows", () => {
    const r = parseMeasurementTable(
      "care_start",
      [
        [...CARE_HEADER, "nummer"],
        ["P-1", "WMO-BI", "03-02-2025", "04-02-2025", "05-02-2025", "111222333"],
        ["P-2", "WMO-BI", "03-02-2025", "04-02-2025", "05-02-2025", ""],
        ["P-3", "WMO-BI", "03-02-2025", "04-02-2025", "05-02-2025", "123456782"],
      ],
      scope,
    );
    const problems = problemsOf(r);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[2, "nummer"]]);
    expect(problems[0]!.message).toMatch(/persoonsgegevens te bevatten in rij 2, 4\./);
  });
  it("refuses a column titled as personal data and a reference that is a name", () => {
    const r = parseMeasurementTable(
      "result",
      [
        ["referentie", "product", "behaald", "reden", "geboortedatum"],
        ["Jan de Vries", "WMO-BI", "ja", "", "12-03-1948"],
      ],
      scope,
    );
    expect(problemsOf(r).map((p) => p.column)).toEqual(["referentie", "geboortedatum"]);
  });
});

describe("result rows", () => {
  const result = (...rows: string[][]) =>
    parseMeasurementTable("result", [["referentie", "productcode", "behaald", "reden"], ...rows], scope);
  it("reads yes/no and the three reason categories", () => {
    const r = result(
      ["a", "WMO-BI", "ja", ""],
      ["b", "WMO-BI", "nee", "Cliënt"],
      ["c", "wmo-bg", "Nee", "lokaal team"],
    );
    expect(r.ok && r.parsed.rows).toEqual([
      { reference: "a", product: "WMO-BI", achieved: true, reason: null },
      { reference: "b", product: "WMO-BI", achieved: false, reason: "client" },
      { reference: "c", product: "WMO-BG", achieved: false, reason: "local_team" },
    ]);
  });
  it("requires a reason for a miss and none for a result achieved", () => {
    const problems = problemsOf(
      result(["a", "WMO-BI", "nee", ""], ["b", "WMO-BI", "ja", "cliënt"], ["c", "WMO-BI", "misschien", ""]),
    );
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [2, "reden"],
      [3, "reden"],
      [4, "behaald"],
    ]);
  });
});

describe("files", () => {
  it("refuses a 50 MB file by its size before reading it", async () => {
    expect(fileSizeProblem(50 * 1024 * 1024)!.message).toMatch(/50 MB; de grens is 10 MB/);
    expect(fileSizeProblem(0)!.message).toMatch(/leeg/);
    const big = { name: "groot.csv", bytes: new Uint8Array(50 * 1024 * 1024) };
    const r = await readMeasurementFile(big);
    expect(r.ok).toBe(false);
  });
  it("reads a semicolon CSV and an XLSX with a date cell and an Excel serial number alike", async () => {
    const csv = readCsv(
      "\uFEFFreferentie;productcode;startdatum 301;startdatum 305;verzenddatum 305\r\nP-1;WMO-BI;03-02-2025;2025-02-10;45698\r\n",
    );
    expect(csv.ok && csv.table[1]).toEqual(["P-1", "WMO-BI", "03-02-2025", "2025-02-10", "45698"]);
    const xlsx = await writeXlsxFile([
      CARE_HEADER.map((value) => ({ type: String, value })),
      [
        { type: String, value: "P-1" },
        { type: String, value: "WMO-BI" },
        { type: Date, value: new Date(Date.UTC(2025, 1, 3)), format: "dd-mm-yyyy" },
        { type: Number, value: 45698 },
        { type: String, value: "11-02-2025" },
      ],
    ]).toBuffer();
    const read = await readMeasurementFile({ name: "data.xlsx", bytes: new Uint8Array(xlsx) });
    expect(read.ok && read.table[1]).toEqual(["P-1", "WMO-BI", "03-02-2025", "45698", "11-02-2025"]);
    const parsed = read.ok ? parseMeasurementTable("care_start", read.table, scope) : null;
    expect(parsed?.ok).toBe(true);
  });
  it("refuses a file that is neither CSV nor XLSX", async () => {
    const r = await readMeasurementFile({ name: "data.xlsx", bytes: new TextEncoder().encode("geen spreadsheet") });
    expect(r.ok).toBe(false);
  });
});

describe("the list of problems", () => {
  it("names row and column in Dutch, lists them all up to 200 and counts the rest", () => {
    const problems = Array.from({ length: 205 }, (_, i) => ({
      row: i + 2,
      column: "productcode",
      message: "Onbekend.",
    }));
    const lines = problemLines([{ row: null, column: null, message: "Het bestand is leeg." }, ...problems]);
    expect(lines[0]).toBe("Er is niets geïmporteerd. Er zijn 206 problemen:");
    expect(lines[1]).toBe("Het bestand is leeg.");
    expect(lines[2]).toBe("Rij 2, kolom ‘productcode’: Onbekend.");
    expect(lines).toHaveLength(202);
    expect(lines.at(-1)).toBe("en nog 6 problemen.");
    expect(problemLines([{ row: 3, column: null, message: "Fout." }])).toEqual([
      "Er is niets geïmporteerd. Er is 1 probleem:",
      "Rij 3: Fout.",
    ]);
  });
});
