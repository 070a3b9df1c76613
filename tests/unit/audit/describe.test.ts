import { describe, expect, it } from "vitest";
import { describeAuditAction, describeAuditDetails, describeAuditObject } from "@/lib/audit/describe";

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
    expect(describeAuditDetails("other", {})).toBe("");
  });
  it("keeps a field it has no Dutch name for, so nothing recorded is hidden", () => {
    expect(describeAuditDetails("other", { n: 1 })).toBe("n: 1");
  });
});

describe("the codes of the issue in words", () => {
  it("names the actions instead of showing their codes", () => {
    expect(describeAuditAction("table.replace")).toBe("Aanbieder aan overlegtafel vervangen");
    expect(describeAuditAction("escalation.to_step3")).toBe("Escalatie naar stap 3 (verzuim)");
    expect(describeAuditAction("kpi.record_result")).toBe("KPI-resultaat vastgelegd");
    expect(describeAuditAction("no.such_code")).toBe("no.such_code");
  });
  it("reads an escalation's steps, a KPI result and a replacement", () => {
    expect(
      describeAuditDetails("escalation.to_step3", {
        contractId: "c1",
        from: "step2",
        to: "step3",
        ground: "plan_insufficient",
      }),
    ).toBe(
      "contract: c1; van: Stap 2: verbeterplan; naar: Stap 3: toerekenbare tekortkoming (verzuim); grond: Verbeterplan onvoldoende",
    );
    expect(
      describeAuditDetails("kpi.record_result", {
        kpi: "Klanttevredenheid",
        subregionId: null,
        year: 2025,
        value: 7.5,
        clientsInCare: 1200,
      }),
    ).toBe("KPI: Klanttevredenheid; jaar: 2025; waarde: 7,5; cliënten in zorg: 1.200");
    expect(describeAuditDetails("table.replace", { leaving: "p1", replacement: "p2", reason: "Ziek" })).toBe(
      "vertrekkende aanbieder: p1; vervanger: p2; reden: Ziek",
    );
  });
  it("reads roles, reason codes, yes and no, dates and nested counts", () => {
    expect(describeAuditDetails("user.change_role", { from: "resident", to: "officer" })).toBe(
      "van: Inwoner of raadslid; naar: Medewerker gemeente",
    );
    expect(describeAuditDetails("auth.login", { method: "password", reason: "wrong" })).toBe(
      "methode: wachtwoord; reden: verkeerd wachtwoord of verkeerde code",
    );
    expect(describeAuditDetails("user.mfa_reset", { hadFactor: false })).toBe("had tweestapsverificatie: nee");
    expect(describeAuditDetails("table.exclude", { until: "2026-03-31" })).toBe("tot en met: 31 maart 2026");
    expect(describeAuditDetails("meeting.record_attendance", { present: 3, absent: 1 })).toBe(
      "aanwezig: 3; afwezig: 1",
    );
    expect(describeAuditDetails("minutes.save", { redactions: {}, dismissed: 0 })).toBe(
      "weggelakt per grond: geen; suggesties afgewezen: 0",
    );
    expect(describeAuditDetails("minutes.publish", { redactions: { "5.1.2e": 2 } })).toBe(
      "weggelakt per grond: Persoonsgegevens (5.1.2e) 2",
    );
  });
  it("names object types", () => {
    expect(describeAuditObject("consultation_table", "t1")).toBe("Overlegtafel t1");
    expect(describeAuditObject("page", null)).toBe("Pagina");
  });
});
