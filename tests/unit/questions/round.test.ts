import { describe, expect, it } from "vitest";
import {
  approverRefusal,
  composeRoundDocument,
  nextRoundNumber,
  questionDocument,
  roundProblems,
  roundTouchers,
  type RoundItem,
} from "@/lib/questions/round";
import { reviewFindings } from "@/lib/redaction/review";
import { plainTextOf } from "@/lib/rich-text/schema";

const item = (over: Partial<RoundItem> = {}): RoundItem => ({
  id: "q1",
  state: "received",
  answerState: "final",
  publicQuestion: questionDocument("Hoe is het tarief bepaald?"),
  answer: questionDocument("Met de kostprijsberekening van de regio."),
  touchedBy: ["writer"],
  changeSummary: null,
  mergedCount: 0,
  ...over,
});

describe("round rules", () => {
  it("refuses an empty round", () => {
    expect(roundProblems([])).toEqual([
      "Een ronde zonder vragen en antwoorden kan niet worden aangeboden of gepubliceerd.",
    ]);
  });

  it("names every question whose answer is missing or still a draft, and merged or declined ones", () => {
    const problems = roundProblems([
      item(),
      item({ answerState: "draft" }),
      item({ answerState: "none", answer: null }),
      item({ state: "merged" }),
    ]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain("vraag 2 is nog een concept");
    expect(problems[1]).toContain("Vraag 3 heeft nog geen antwoord");
    expect(problems[2]).toContain("Vraag 4 is samengevoegd of afgewezen");
    expect(roundProblems([item(), item({ state: "answered" })])).toEqual([]);
  });

  it("numbers rounds one after the highest, gaps left as they are", () => {
    expect(nextRoundNumber([])).toBe(1);
    expect(nextRoundNumber([1, 2])).toBe(3);
    expect(nextRoundNumber([3, 1])).toBe(4);
  });

  it("refuses as approver whoever composed, wrote, redacted or submitted the round", () => {
    const round = { state: "submitted" as const, submittedBy: "submitter", touchedBy: ["composer"] };
    const items = [item({ touchedBy: ["writer"] })];
    expect(roundTouchers(round, items).sort()).toEqual(["composer", "writer"]);
    expect(approverRefusal(round, items, "submitter")).toContain("vier ogen");
    expect(approverRefusal(round, items, "composer")).toContain("vier ogen");
    expect(approverRefusal(round, items, "writer")).toContain("vier ogen");
    expect(approverRefusal(round, items, "colleague")).toBeNull();
    expect(approverRefusal({ ...round, state: "draft" }, items, "colleague")).toContain("niet aangeboden");
    expect(approverRefusal({ ...round, submittedBy: null }, items, "colleague")).toContain("niet aangeboden");
  });
});

describe("the round document", () => {
  it("numbers questions, adds the answer and the linked change, and never names an asker", () => {
    const body = composeRoundDocument([
      item(),
      item({ id: "q2", mergedCount: 2, changeSummary: "De sluitdatum is een week later." }),
    ]);
    const text = plainTextOf(body);
    expect(text).toContain("Vraag 1");
    expect(text).toContain("Vraag 2");
    expect(text).toContain("Deze vraag is ook door 2 andere deelnemers gesteld.");
    expect(text).toContain("Dit antwoord wijzigt de tekst van de consultatie: De sluitdatum is een week later.");
    expect(text.match(/Antwoord/g)).toHaveLength(2);
  });

  it("keeps a typed question's lines as paragraphs and drops empty ones", () => {
    expect(questionDocument("Eerste regel\r\n\r\nTweede regel").content).toHaveLength(2);
    expect(questionDocument("   ").content).toEqual([{ type: "paragraph" }]);
  });

  it("puts a cost price and the asker's organisation in front of the officer as suggestions", () => {
    const body = composeRoundDocument([
      item({ publicQuestion: questionDocument("Wij van Zorggroep Noord rekenen een kostprijs van € 61,40 per uur.") }),
    ]);
    const open = reviewFindings(
      body,
      { confidentialTerms: ["Zorggroep Noord"], providerNames: ["Zorggroep Noord"] },
      [],
    );
    expect(open.map((f) => f.kind).sort()).toEqual(expect.arrayContaining(["confidential-term", "money"]));
  });
});
