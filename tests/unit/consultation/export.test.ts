import { describe, expect, it } from "vitest";
import type { OfficerResponse } from "@/db/queries/consultations";
import { filterQuery, filterResponses, parseResponseFilter, responseTable } from "@/lib/consultation/export";
import { toCsv } from "@/lib/export/spreadsheet";

const questions = [
  { id: "q1", prompt: "Wat is nodig?" },
  { id: "q2", prompt: "Kostprijs" },
];
const response = (over: Partial<OfficerResponse>): OfficerResponse => ({
  id: "r",
  providerId: "p",
  providerName: 'Zorg; "BV"',
  sizeClass: "small",
  userName: null,
  submittedAt: null,
  respondent: 'Zorg; "BV"',
  kind: "provider",
  subregions: [{ id: "s1", name: "Zaanstad en Wormerland" }],
  answers: new Map<string, { value: unknown; sensitive: boolean }>([
    ["q1", { value: ["a", "b"], sensitive: false }],
    ["q2", { value: "€ 54,50", sensitive: true }],
  ]) as OfficerResponse["answers"],
  ...over,
});

describe("response export", () => {
  it("makes one row per response and one column per question, marking sensitive answers", () => {
    const table = responseTable(questions, [response({})]);
    expect(table[0]).toEqual([
      "Respondent",
      "Soort",
      "Grootte",
      "Subregio's",
      "Ingediend",
      "Wat is nodig?",
      "Kostprijs",
    ]);
    expect(table[1]?.slice(-2)).toEqual(["a; b", "[CONCURRENTIEGEVOELIG] € 54,50"]);
  });

  it("writes CSV with semicolons, quoting and a byte-order mark", () => {
    const csv = toCsv(responseTable(questions, [response({})]));
    expect(csv.startsWith("\uFEFFRespondent;Soort")).toBe(true);
    expect(csv).toContain('"Zorg; ""BV"""');
  });

  it("filters by kind, size and sub-region, and ignores nonsense in the query", () => {
    const list = [
      response({ id: "1" }),
      response({ id: "2", sizeClass: "large", subregions: [] }),
      response({ id: "3", kind: "council", sizeClass: null, providerId: null, subregions: [] }),
    ];
    expect(filterResponses(list, { sizeClass: "small" }).map((r) => r.id)).toEqual(["1"]);
    expect(filterResponses(list, { kind: "council" }).map((r) => r.id)).toEqual(["3"]);
    expect(filterResponses(list, { subregionId: "s1" }).map((r) => r.id)).toEqual(["1"]);
    expect(parseResponseFilter({ grootte: "reus", soort: "council", subregio: "x" })).toEqual({
      sizeClass: undefined,
      subregionId: undefined,
      kind: "council",
    });
    expect(filterQuery({ kind: "provider", sizeClass: "small" })).toBe("grootte=small&soort=provider");
  });
});
