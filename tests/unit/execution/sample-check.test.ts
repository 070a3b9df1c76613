import { describe, expect, it } from "vitest";
import { sampleCheckProposesEscalation } from "@/lib/performance/due-dates";
import { failingShare, sampleShortfall } from "@/lib/performance/sample-check";
import { sampleCheckInput } from "@/lib/performance/validation";

const ID = "00000000-0000-4000-8000-000000000001";

describe("sample check: more than 10% failing leads to step 1", () => {
  it("exactly 10% does not, 10.1% does", () => {
    expect(sampleCheckProposesEscalation(100, 10)).toBe(false);
    expect(sampleCheckProposesEscalation(1000, 100)).toBe(false);
    expect(sampleCheckProposesEscalation(1000, 101)).toBe(true);
    expect(sampleCheckProposesEscalation(30, 3)).toBe(false);
    expect(sampleCheckProposesEscalation(30, 4)).toBe(true);
  });

  it("never shows a share above 10% as 10%", () => {
    expect(failingShare(100, 10)).toBe("10%");
    expect(failingShare(1000, 101)).toBe("10,1%");
    expect(failingShare(2001, 201)).toBe("10,1%");
    expect(failingShare(20, 3)).toBe("15%");
  });

  it("states the sample as the ground, with the officer's note", () => {
    expect(sampleShortfall({ checkedOn: "2027-02-15", filesDrawn: 1000, filesFailing: 101, note: "Team Oost." })).toBe(
      "Steekproef van 15 februari 2027: in 101 van de 1000 getrokken dossiers (10,1%) zijn de gestelde doelen niet " +
        "gerealiseerd of is er geen (volledig) zorgplan. Dat is meer dan 10% en leidt volgens de prestatieafspraken " +
        "tot stap 1 van de escalatieladder. Team Oost.",
    );
  });

  it("asks for the talk date only above 10%, next to its field", () => {
    const base = { contractId: ID, checkedOn: "2027-02-15", note: "" };
    expect(sampleCheckInput.safeParse({ ...base, filesDrawn: "100", filesFailing: "10" }).success).toBe(true);
    const above = sampleCheckInput.safeParse({ ...base, filesDrawn: "1000", filesFailing: "101", talkOn: "" });
    expect(above.success).toBe(false);
    expect(above.error?.issues.map((i) => i.path.join("."))).toEqual(["talkOn"]);
    const planned = sampleCheckInput.safeParse({
      ...base,
      filesDrawn: "1000",
      filesFailing: "101",
      talkOn: "2027-03-01",
    });
    expect(planned.data?.talkOn).toBe("2027-03-01");
  });
});
