import { describe, expect, it } from "vitest";
import { measurementInput, contractInput, customKpiInput } from "@/lib/contract/validation";
import { holdTalkInput, step3Input } from "@/lib/escalation/validation";
import { letterText } from "@/lib/escalation/letters";
import { parseResultsCsv } from "@/lib/kpi/csv";
import { sampleCheckInput } from "@/lib/performance/validation";
import { zodFieldErrors } from "@/lib/validation/messages";

const ID = "00000000-0000-4000-8000-000000000001";
const errors = (r: { success: boolean; error?: unknown }) => (r.success ? {} : zodFieldErrors(r.error as never));

describe("execution inputs give Dutch messages", () => {
  it("reads Dutch decimals and refuses words", () => {
    const ok = measurementInput.safeParse({
      contractId: ID,
      kpiId: ID,
      subregionId: ID,
      year: "2026",
      value: "8,4",
      clientsInCare: "12",
    });
    expect(ok.success && ok.data.value).toBe(8.4);
    const bad = measurementInput.safeParse({
      contractId: ID,
      kpiId: ID,
      subregionId: ID,
      year: "volgend jaar",
      value: "veel",
      clientsInCare: "-1",
    });
    expect(errors(bad)).toMatchObject({
      year: ["Vul een geldig meetjaar in (vanaf 2015)."],
      value: ["Vul een getal in, bijvoorbeeld 8,4 of 72."],
      clientsInCare: [expect.stringContaining("heel getal")],
    });
  });
  it("refuses extra fields", () => {
    expect(
      errors(
        measurementInput.safeParse({
          contractId: ID,
          kpiId: ID,
          subregionId: ID,
          year: "2026",
          value: "1",
          clientsInCare: "1",
          role: "admin",
        }),
      )._form,
    ).toEqual(["Het formulier bevat een onbekend veld (role)."]);
  });
  it("asks a reason for 2+2+2 and a start after the award", () => {
    const r = contractInput.safeParse({
      providerId: ID,
      trajectoryId: ID,
      reference: "ZW-1",
      title: "Begeleiding",
      productIds: [ID],
      subregionIds: [ID],
      awardedOn: "2026-05-01",
      startsOn: "2026-04-01",
      termForm: "2+2+2",
      termFormReason: "",
    });
    expect(Object.keys(errors(r)).sort()).toEqual(["startsOn", "termFormReason"]);
  });
  it("checks the custom KPI's numbers and the sample's counts", () => {
    expect(
      errors(
        customKpiInput.safeParse({ contractId: ID, name: "Wachttijd", unit: "percentage", norm: "", goodFrom: "x" }),
      ),
    ).toMatchObject({ norm: ["Dit veld is verplicht."], goodFrom: [expect.any(String)] });
    expect(
      errors(
        sampleCheckInput.safeParse({ contractId: ID, checkedOn: "2027-01-01", filesDrawn: "10", filesFailing: "11" }),
      ),
    ).toMatchObject({ filesFailing: ["Er kunnen niet meer dossiers tekortschieten dan er getrokken zijn."] });
  });
  it("lets the ladder, not the form, judge a missing ground; the term is bounded", () => {
    const r = step3Input.safeParse({ escalationId: ID, ground: "", explanation: "Zonder grond overslaan." });
    expect(r.success && r.data.ground).toBeNull();
    expect(
      errors(
        holdTalkInput.safeParse({
          escalationId: ID,
          talkOn: "2027-02-30",
          agreements: "Afspraken gemaakt.",
          termDays: "400",
        }),
      ),
    ).toMatchObject({ talkOn: [expect.any(String)], termDays: ["Kies een termijn van 1 tot en met 180 dagen."] });
  });
});

describe("results CSV", () => {
  it("reads semicolons, commas, a BOM and Dutch headers", () => {
    const parsed = parseResultsCsv(
      "\uFEFFDeelregio;Jaar;KPI;Waarde;Cliënten in zorg\nZaanstad en Wormerland;2026;care_start;88,5;40\n",
    );
    expect(parsed).toEqual({
      rows: [
        { line: 2, subregion: "Zaanstad en Wormerland", year: "2026", kpi: "care_start", value: "88,5", clients: "40" },
      ],
    });
    expect(
      parseResultsCsv('deelregio,jaar,kpi,waarde,clienten\n"Waterland en omgeving",2026,Resultaat behaald,70,12'),
    ).toMatchObject({ rows: [{ subregion: "Waterland en omgeving", kpi: "Resultaat behaald" }] });
  });
  it("names what is wrong with the file", () => {
    expect(parseResultsCsv("  ")).toEqual({ error: "empty" });
    expect(parseResultsCsv("jaar;waarde\n2026;1")).toEqual({
      error: "columns",
      missing: ["subregion", "kpi", "clients"],
    });
    expect(parseResultsCsv('deelregio;jaar;kpi;waarde;cliënten\n"open;2026')).toEqual({ error: "unreadable" });
  });
});

describe("ladder letters", () => {
  const base = {
    providerName: "Zorg BV",
    contractReference: "ZW-1",
    contractTitle: "Begeleiding",
    shortfall: "Resultaat behaald 58% (norm 65%).",
    today: "2027-02-10",
  };
  it("step 1 sets the date for the improvement plan and says why the term differs", () => {
    const letter = letterText({
      kind: "step1",
      ...base,
      talkOn: "2027-02-08",
      agreements: "Oorzaakanalyse.",
      planDueOn: "2027-02-15",
      planTermReason: "Ernst van de tekortkoming.",
    });
    expect(letter.subject).toMatch(/stap 1/);
    expect(letter.paragraphs.join(" ")).toContain("uiterlijk op 15 februari 2027 een verbeterplan");
    expect(letter.paragraphs.join(" ")).toContain("Ernst van de tekortkoming.");
  });
  it("step 3 states the ground and the default", () => {
    const letter = letterText({
      kind: "step3",
      ...base,
      ground: "plan_insufficient",
      explanation: "Geen concrete acties.",
    });
    expect(letter.paragraphs.join(" ")).toMatch(/verbeterplan is beoordeeld als onvoldoende[\s\S]*in verzuim/);
  });
});
