import { describe, expect, it } from "vitest";
import { filterSearch, parseAuditFilter, parseCursor } from "@/lib/audit/filter";

const ok = (params: Record<string, string>) => {
  const parsed = parseAuditFilter(params);
  if (!parsed.ok) throw new Error(parsed.errors.join(" | "));
  return parsed;
};
const errors = (params: Record<string, string | string[]>) => {
  const parsed = parseAuditFilter(params);
  return parsed.ok ? [] : parsed.errors;
};

describe("parseAuditFilter", () => {
  it("reads every filter from the address", () => {
    const { filter, cursor } = ok({
      wie: " inkoper@zaanstad.nl ",
      handeling: "table.replace",
      soort: "table",
      object: "meeting",
      objectid: "m-1",
      resultaat: "geweigerd",
      van: "2026-03-01",
      tot: "2026-03-31",
      na: "501",
    });
    expect(filter).toEqual({
      actor: "inkoper@zaanstad.nl",
      action: "table.replace",
      category: "table",
      objectType: "meeting",
      objectId: "m-1",
      result: "denied",
      from: "2026-03-01",
      to: "2026-03-31",
      trajectoryId: null,
    });
    expect(cursor).toEqual({ direction: "older", id: 501 });
  });

  it("takes no filter as the whole trail, and a policy action as a code", () => {
    expect(ok({}).filter.action).toBeNull();
    expect(ok({ handeling: "trajectory.view_audit" }).filter.action).toBe("trajectory.view_audit");
    expect(ok({ van: "2026-03-01", tot: "2026-03-01" }).filter.to).toBe("2026-03-01");
  });

  it("asks for at least three characters of a name, or an account's id", () => {
    expect(errors({ wie: "Jo" })).toEqual(["Vul bij 'Wie' minstens 3 tekens in van een naam of e-mailadres."]);
    expect(errors({ wie: " J " })).toHaveLength(1);
    expect(ok({ wie: "Jos" }).filter.actor).toBe("Jos");
    expect(ok({ wie: "5b5e46f3-83f4-4ee4-89fb-c31650cf1a7d" }).filter.actor).toBe(
      "5b5e46f3-83f4-4ee4-89fb-c31650cf1a7d",
    );
    expect(ok({ wie: "" }).filter.actor).toBeNull();
  });

  it("lists every problem at once, in Dutch", () => {
    const found = errors({
      handeling: "drop table",
      soort: "nope",
      object: "Meeting",
      resultaat: "ok",
      van: "2026-02-30",
      tot: "morgen",
      na: "-1",
      wie: "x".repeat(201),
    });
    expect(found).toHaveLength(8);
    expect(found.join(" ")).toContain('De handeling "drop table" bestaat niet');
    expect(found.join(" ")).toContain("Kies uit: gelukt, geweigerd, mislukt");
  });

  it("refuses a period that ends before it starts, and a cursor both ways", () => {
    expect(errors({ van: "2026-04-01", tot: "2026-03-01" })).toEqual([
      "De begindatum ligt na de einddatum. Kies een begindatum op of vóór de einddatum.",
    ]);
    expect(errors({ na: "5", voor: "6" })).toHaveLength(1);
  });

  it("removes control characters and shortens a long bad value in its message", () => {
    expect(ok({ wie: "in\u0000ko\u200bper" }).filter.actor).toBe("inkoper");
    const [message] = errors({ handeling: `a.${"b".repeat(100)}` });
    expect(message?.length).toBeLessThan(140);
  });

  it("takes the first of a repeated parameter", () => {
    expect(ok({ resultaat: ["gelukt", "geweigerd"] } as never).filter.result).toBe("success");
  });
});

describe("parseCursor", () => {
  it("reads older and newer positions and refuses anything else", () => {
    expect(parseCursor("", "")).toBeNull();
    expect(parseCursor("12", "")).toEqual({ direction: "older", id: 12 });
    expect(parseCursor("", "12")).toEqual({ direction: "newer", id: 12 });
    for (const bad of ["0", "1.5", "1e3", "x", "9".repeat(16), " 1"]) expect(parseCursor(bad, "")).toBe("invalid");
  });
});

describe("filterSearch", () => {
  it("writes the filter back into the address, with the cursor, so links keep it", () => {
    const { filter } = ok({ wie: "a b", resultaat: "denied", van: "2026-03-01" });
    expect(filterSearch(filter)).toBe("?wie=a+b&resultaat=geweigerd&van=2026-03-01");
    expect(filterSearch(filter, { direction: "newer", id: 9 })).toBe(
      "?wie=a+b&resultaat=geweigerd&van=2026-03-01&voor=9",
    );
    expect(ok(Object.fromEntries(new URLSearchParams(filterSearch(filter)))).filter).toEqual(filter);
  });
});
