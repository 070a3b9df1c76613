import { describe, expect, it } from "vitest";
import { meetingTextFindings, meetingTextMessage } from "@/lib/meeting/text-gate";

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
