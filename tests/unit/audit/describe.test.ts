import { describe, expect, it } from "vitest";
import { describeAuditDetails } from "@/lib/audit/describe";

describe("describeAuditDetails", () => {
  it("reads a phase move with its reason", () => {
    expect(
      describeAuditDetails("trajectory.move_phase", {
        from: "strategic_goals",
        to: "analysis",
        reason: "Doelen vastgesteld",
      }),
    ).toBe("Strategische doelen → Analyse (reden: Doelen vastgesteld)");
  });
  it("reads an export of responses with its size and sensitive share", () => {
    expect(
      describeAuditDetails("consultation.export", {
        title: "Dagbesteding",
        format: "xlsx",
        rows: 12,
        sensitive: 3,
        filter: null,
      }),
    ).toBe("Dagbesteding: XLSX, 12 reacties, waarvan 3 met een concurrentiegevoelig antwoord");
  });
  it("falls back to a title or a file name, and to nothing", () => {
    expect(describeAuditDetails("consultation.create", { title: "Dagbesteding" })).toBe("Dagbesteding");
    expect(describeAuditDetails("document.upload", { fileName: "plan.pdf" })).toBe("plan.pdf");
    expect(describeAuditDetails("consultation.export", null)).toBe("");
    expect(describeAuditDetails("other", { n: 1 })).toBe("");
  });
});
