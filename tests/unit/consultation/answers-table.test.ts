import { describe, expect, it } from "vitest";
import { renderedDocument } from "@/tests/helpers/rendered-document";
import { AnswersTable } from "@/components/consultation/answers-table";
import type { ResponseOnPage } from "@/lib/consultation/reads";

const response = (over: Partial<ResponseOnPage>): ResponseOnPage => ({
  id: "r1",
  providerId: "p1",
  providerName: "Zorg aan de Zaan",
  sizeClass: "small",
  userName: "Jan",
  submittedAt: new Date("2026-05-01T10:00:00Z"),
  respondent: "Zorg aan de Zaan",
  kind: "provider",
  answers: new Map(),
  attachments: [],
  ...over,
});

function rows(questionId: string, responses: ResponseOnPage[]) {
  const document = renderedDocument(AnswersTable, { questionId, responses });
  return {
    document,
    cells: [...document.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.querySelectorAll("td")].map((td) => td.textContent),
    ),
  };
}

describe("AnswersTable", () => {
  it("shows per response who answered, their size and the answer to this question, marking sensitive ones", () => {
    const { cells, document } = rows("q1", [
      response({ answers: new Map([["q1", { value: "Een tarief van € 62 per uur", sensitive: true }]]) }),
      response({
        id: "r2",
        providerId: null,
        sizeClass: null,
        respondent: "Wmo-raad Zaanstad",
        kind: "council",
        answers: new Map([["q1", { value: ["Ja", "Nee"], sensitive: false }]]),
      }),
      response({ id: "r3", answers: new Map([["q2", { value: "ander antwoord", sensitive: false }]]) }),
    ]);
    expect([...document.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual([
      "Respondent",
      "Grootte",
      "Reactie",
    ]);
    expect(cells).toEqual([
      ["Zorg aan de Zaan", "Klein of zzp", "[CONCURRENTIEGEVOELIG] Een tarief van € 62 per uur"],
      ["Wmo-raad Zaanstad", "Raad", "Ja; Nee"],
      ["Zorg aan de Zaan", "Klein of zzp", "—"],
    ]);
    expect(document.querySelectorAll("tbody strong")).toHaveLength(1);
  });

  it("writes what respondents typed as text, never as markup", () => {
    const typed = `</td><script>alert(1)</script><td>`;
    const { cells, document } = rows("q1", [
      response({ respondent: typed, answers: new Map([["q1", { value: typed, sensitive: false }]]) }),
    ]);
    expect(cells).toEqual([[typed, "Klein of zzp", typed]]);
    expect(document.querySelector("script")).toBeNull();
  });
});
