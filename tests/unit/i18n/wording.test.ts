import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import nl from "@/lib/i18n/messages/nl.json";
import { t } from "@/lib/i18n";

/** Every message of the Dutch file with its key, nested sections flattened. */
function messages(node: unknown, prefix = ""): Array<[string, string]> {
  if (typeof node === "string") return [[prefix, node]];
  if (node && typeof node === "object")
    return Object.entries(node).flatMap(([k, v]) => messages(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

describe("the Dutch wording", () => {
  const all = messages(nl);

  it("calls the product 'het portaal' throughout, never 'de portal'", () => {
    expect(all.filter(([, m]) => /\bportal\b/i.test(m)).map(([k]) => k)).toEqual([]);
    const dutchDocs = ["README.md", "docs/DEPLOYMENT.md"].map((f) => readFileSync(path.resolve(f), "utf8"));
    for (const doc of dutchDocs) expect(doc).not.toMatch(/\b(de|het|openbare) portal\b/i);
  });

  it("counts with plural rules, not with 'persoon/personen' or 'uitnodiging(en)'", () => {
    const makeshift = /\w\((en|s|n)\)|\b(persoon\/personen|resultaat\/resultaten)\b/;
    expect(all.filter(([, m]) => makeshift.test(m)).map(([k]) => k)).toEqual([]);
  });

  it("says 'de enige plaats' rather than 'een van de 1 plaatsen'", () => {
    const vars = { class: "grote aanbieders", subregion: "Zaanstad", cap: 1 };
    expect(t("overlegtafel.reason_seatDraw", { ...vars, seats: 1 })).toBe(
      "Uitgenodigd: de enige plaats voor grote aanbieders uit Zaanstad, toegewezen door de vastgelegde loting.",
    );
    expect(t("overlegtafel.reason_seatRotation", { ...vars, seats: 3 })).toContain("een van de 3 plaatsen");
    expect(t("overlegtafel.reason_noSeatDraw", { ...vars, seats: 1 })).toContain("de enige plaats");
    expect(t("overlegtafel.reason_classComplete", { ...vars, count: 1 })).toContain("maximaal 1 plaats,");
  });

  it("writes one and many in full sentences", () => {
    expect(t("consultation.reminded", { count: 1 })).toBe("Herinnering verstuurd aan 1 persoon.");
    expect(t("consultation.reminded", { count: 4 })).toBe("Herinnering verstuurd aan 4 personen.");
    expect(t("consultation.invited", { count: 1 })).toBe("1 nieuwe uitnodiging verstuurd.");
    expect(t("ladder.belowNormHint", { count: 1 })).toMatch(/^1 resultaat onder de norm\./);
    expect(t("ladder.belowNormHint", { count: 2 })).toMatch(/^2 resultaten onder de norm\./);
    expect(t("minutes.published", { version: 2, count: 1 })).toBe(
      "Versie 2 is gepubliceerd en verstuurd aan 1 persoon.",
    );
  });
});
