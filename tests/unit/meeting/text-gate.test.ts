import { describe, expect, it } from "vitest";
import { gatePlainTexts, meetingTextFindings, meetingTextMessage } from "@/lib/meeting/text-gate";

describe("the publication gate for meeting texts", () => {
  it("lets ordinary titles, agendas and places through", () => {
    for (const texts of [
      {
        title: "Marktsessie begeleiding",
        agenda: "Opening\nTerugblik\nRondvraag",
        location: "Stadhuis Zaandam, zaal 3",
      },
      { title: "Eén-op-één tarieven", agenda: "Opening\nTarieven 2027\nRondvraag", location: null },
      { title: "Plenaire sessie", agenda: "Opening\nWachttijden", location: "Stadhuis Zaandam, zaal 2" },
    ])
      expect(meetingTextFindings(texts)).toEqual([]);
  });

  it("names every finding and the field it stands in, in one Dutch message", () => {
    const findings = meetingTextFindings({
      title: "Gesprek over de wachtlijst",
      agenda: "Opening\nCasus: bel 06-12345678\nKostprijs van € 58,20 per uur",
      location: "Stadhuis",
    });
    expect(findings.map((f) => [f.field, f.kind])).toEqual([
      ["agenda", "phone"],
      ["agenda", "money"],
    ]);
    const message = meetingTextMessage(findings);
    expect(message).toContain("‘06-12345678’");
    expect(message).toContain("in Agenda");
    expect(message).toMatch(/vink hieronder aan/);
  });
});

describe("the plain-text gate with the officer's decision", () => {
  const texts = { title: "Casus meneer De Graaf", agenda: "Opening\nTarief van € 58,20 per uur", location: "Stadhuis" };

  it("refuses while a finding is undecided and names each one", () => {
    const result = gatePlainTexts(texts, {}, null);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe("open_findings");
    expect(result.message).toContain("‘meneer De Graaf’");
    expect(result.message).toContain("‘€ 58,20 per uur’");
  });

  it("replaces every finding by its ground's label when redacting", () => {
    const result = gatePlainTexts(texts, {}, "redact");
    expect(result).toMatchObject({
      ok: true,
      texts: {
        title: "Casus [weggelakt — persoonsgegevens, 5.1.2e]",
        agenda: "Opening\nTarief van [weggelakt — concurrentiegevoelig, 5.1.2f]",
        location: "Stadhuis",
      },
      redacted: ["person-name", "money"],
      kept: [],
    });
  });

  it("refuses a redaction that leaves the removed text elsewhere in another spelling", () => {
    const result = gatePlainTexts(
      { title: "Casus meneer De Graaf", agenda: "Opening\nZie https://zaak.example/?q=meneer%20De%20Graaf" },
      {},
      "redact",
    );
    expect(result).toMatchObject({ ok: false, reason: "leak_check" });
  });

  it("keeps findings as typed when the officer says so, and lets clean texts through", () => {
    expect(gatePlainTexts(texts, {}, "keep")).toMatchObject({ ok: true, texts, kept: ["person-name", "money"] });
    const clean = { title: "Overlegtafel begeleiding", agenda: "Opening\nRondvraag" };
    expect(gatePlainTexts(clean, {}, null)).toEqual({ ok: true, texts: clean, redacted: [], kept: [] });
  });

  it("does not take an official introduced by role for a client", () => {
    const result = gatePlainTexts(
      { title: "Toelichting door wethouder Karin Smit" },
      { officials: ["Karin Smit"] },
      null,
    );
    expect(result.ok).toBe(true);
  });
});
