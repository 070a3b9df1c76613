import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/search/cursor";
import { SEARCH_KINDS } from "@/lib/search/kinds";
import { cleanQuery, MAX_QUERY_LENGTH, parseSearch } from "@/lib/search/query";
import { MARK_END, MARK_START, splitSnippet } from "@/lib/search/snippet";

const ALL = SEARCH_KINDS;
const PUBLIC = ["trajectory", "consultation", "feedback", "minutes", "document"] as const;

describe("cleanQuery", () => {
  it.each([
    ["ab\u0000", "ab", true],
    ["zorg\u0007\u001b[31m thuis", "zorg [31m thuis", true],
    ["zorg\u200bthuis", "zorg thuis", true],
    ["  veel   spaties\n\t", "veel spaties", false],
  ])("removes invisible characters from %j", (raw, q, invisible) => {
    expect(cleanQuery(raw)).toMatchObject({ q, hadInvisible: invisible, closedQuote: false });
  });

  it("closes an odd quote and leaves balanced ones alone", () => {
    expect(cleanQuery('"zorg thuis')).toMatchObject({ q: '"zorg thuis"', closedQuote: true });
    expect(cleanQuery('"zorg thuis" OR "jeugd"')).toMatchObject({ q: '"zorg thuis" OR "jeugd"', closedQuote: false });
  });
});

describe("parseSearch", () => {
  it("accepts a plain question with every filter", () => {
    const parsed = parseSearch(
      {
        q: "wachtlijst -jeugd",
        soort: "consultatie",
        traject: "3f0c3a59-46e3-4d4c-9d1b-6a1a8f0a2b11",
        van: "2027-01-01",
        tot: "2027-01-31",
        status: "open",
        pagina: "3",
      },
      ALL,
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.request).toMatchObject({
      q: "wachtlijst -jeugd",
      kind: "consultation",
      trajectoryId: "3f0c3a59-46e3-4d4c-9d1b-6a1a8f0a2b11",
      from: "2027-01-01",
      to: "2027-01-31",
      status: "open",
      page: 3,
      cursor: null,
    });
  });

  it("keeps control characters out and says so, without refusing the search", () => {
    const parsed = parseSearch({ q: "ab\u0000" }, PUBLIC);
    expect(parsed.request?.q).toBe("ab");
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]).toMatch(/onzichtbare tekens/);
  });

  it("refuses a 2,000-character question in Dutch and gives back what was typed", () => {
    const long = "zorg ".repeat(400);
    const parsed = parseSearch({ q: long }, PUBLIC);
    expect(parsed.request).toBeNull();
    expect(parsed.errors).toEqual([expect.stringContaining(`hoogstens ${MAX_QUERY_LENGTH} tekens`)]);
    expect(parsed.typed.q).toBe(long);
  });

  it("lists every problem at once", () => {
    const parsed = parseSearch(
      { q: "x", soort: "aanbieder", traject: "abc", van: "2027-02-30", tot: "gisteren", status: "dicht", pagina: "0" },
      PUBLIC,
    );
    expect(parsed.request).toBeNull();
    expect(parsed.errors).toHaveLength(7);
    for (const e of parsed.errors) expect(e).toMatch(/[a-z]/);
    // A kind this visitor cannot search is refused like an unknown one, naming the choices there are.
    expect(parsed.errors[1]).toContain("traject, consultatie, terugkoppeling, verslag, document");
    expect(parsed.errors[1]).not.toContain("aanbieder,");
  });

  it.each([["-1"], ["1.5"], ["99999999"], ["abc"], ["10001"]])("refuses page %j", (pagina) => {
    expect(parseSearch({ q: "zorg", pagina }, PUBLIC).errors).toHaveLength(1);
  });

  it("refuses a period that ends before it starts, and a cursor it did not write", () => {
    expect(parseSearch({ q: "zorg", van: "2027-02-01", tot: "2027-01-01" }, PUBLIC).errors).toHaveLength(1);
    expect(parseSearch({ q: "zorg", na: "bm9nIGVlbg" }, PUBLIC).errors).toHaveLength(1);
    expect(parseSearch({ q: "zorg", na: "<script>" }, PUBLIC).errors).toHaveLength(1);
  });

  it("takes the first of repeated parameters and treats quotes and dashes alone as too short", () => {
    expect(parseSearch({ q: ["zorg", "jeugd"] }, PUBLIC).request?.q).toBe("zorg");
    expect(parseSearch({ q: '" - "' }, PUBLIC).errors).toHaveLength(1);
    expect(parseSearch({}, PUBLIC).errors).toHaveLength(1);
  });
});

describe("search cursor", () => {
  it("round-trips and rejects anything else", () => {
    const cursor = { score: 60792, kind: "minutes" as const, id: "3f0c3a59-46e3-4d4c-9d1b-6a1a8f0a2b11" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor(Buffer.from(`1.secret.${cursor.id}`).toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from(`-1.minutes.${cursor.id}`).toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from("1.minutes.x").toString("base64url"))).toBeNull();
    expect(decodeCursor("a".repeat(500))).toBeNull();
  });
});

describe("splitSnippet", () => {
  it("marks the matched words and keeps everything else as plain text", () => {
    expect(splitSnippet(`De ${MARK_START}wachtlijst${MARK_END} <b>groeit</b>`)).toEqual([
      { text: "De ", match: false },
      { text: "wachtlijst", match: true },
      { text: " <b>groeit</b>", match: false },
    ]);
  });

  it("survives markers without partner", () => {
    expect(splitSnippet(`a${MARK_END}b${MARK_START}c`)).toEqual([
      { text: "ab", match: false },
      { text: "c", match: true },
    ]);
    expect(splitSnippet("")).toEqual([]);
  });
});
