import { describe, expect, it } from "vitest";
import { exclusionEligibility } from "@/lib/overlegtafel/exclusion";
import { proposeReplacement } from "@/lib/overlegtafel/replacement";
import { allocateSeats } from "@/lib/overlegtafel/seat-allocation";
import { selectParticipants } from "@/lib/overlegtafel/select-participants";
import type { Classification } from "@/lib/overlegtafel/size-class";
import type { SelectionInput, TableCandidate } from "@/lib/overlegtafel/types";

const SUBREGIONS = [
  { id: "pe", name: "Purmerend en Edam-Volendam" },
  { id: "wo", name: "Waterland en omgeving" },
  { id: "zw", name: "Zaanstad en Wormerland" },
];
const DATE = "2027-03-01";

function providers(
  spec: Array<[Classification, string, number]>,
  extra: (id: string) => Partial<TableCandidate> = () => ({}),
): TableCandidate[] {
  return spec.flatMap(([sizeClass, subregionId, n]) =>
    Array.from({ length: n }, (_, i) => {
      const id = `${sizeClass}-${subregionId}-${i}`;
      return { id, sizeClass, subregionId, attendance: [], ...extra(id) };
    }),
  );
}
const input = (list: TableCandidate[], seed = "zaak-2027-001"): SelectionInput => ({
  providers: list,
  subregions: SUBREGIONS,
  date: DATE,
  seed,
});
const invitedIds = (r: ReturnType<typeof selectParticipants>) =>
  r.outcomes.filter((o) => o.invited).map((o) => o.providerId);
const countBy = (ids: string[], prefix: string) => ids.filter((id) => id.startsWith(prefix)).length;

describe("selectParticipants: twelve or fewer", () => {
  it("invites all twelve, whatever their size, with the reason", () => {
    const list = providers([
      ["large", "pe", 8],
      ["small", "wo", 3],
      ["unclassified", "zw", 1],
    ]);
    const result = selectParticipants(input(list));
    expect(result.mode).toBe("all");
    expect(invitedIds(result)).toHaveLength(12);
    expect(result.outcomes[0]?.reason).toContain("12 of minder");
  });
});

describe("selectParticipants: more than twelve", () => {
  const thirty = providers([
    ["large", "pe", 4],
    ["large", "wo", 2],
    ["large", "zw", 6],
    ["medium", "pe", 3],
    ["medium", "wo", 1],
    ["medium", "zw", 5],
    ["small", "pe", 3],
    ["small", "wo", 1],
    ["small", "zw", 5],
  ]);

  it("applies the caps of 5 large, 5 medium and 2 small from thirteen on", () => {
    const thirteen = providers([
      ["large", "pe", 7],
      ["medium", "zw", 6],
    ]);
    const result = selectParticipants(input(thirteen));
    expect(result.mode).toBe("capped");
    expect(countBy(invitedIds(result), "large")).toBe(5);
    expect(countBy(invitedIds(result), "medium")).toBe(5);

    const full = selectParticipants(input(thirty));
    const ids = invitedIds(full);
    expect(ids).toHaveLength(12);
    expect([countBy(ids, "large"), countBy(ids, "medium"), countBy(ids, "small")]).toEqual([5, 5, 2]);
  });

  it("spreads a class over the sub-regions in proportion, each sub-region first", () => {
    const ids = invitedIds(selectParticipants(input(thirty)));
    // large 4/2/6 of 12 for 5 seats: quotas 1.67/0.83/2.5 → one each, then zw and pe by largest remainder
    expect([countBy(ids, "large-pe"), countBy(ids, "large-wo"), countBy(ids, "large-zw")]).toEqual([2, 1, 2]);
    // medium 3/1/5 for 5 seats: one each, then quotas 1.67/0.56/2.78 → zw has the largest gap twice
    expect([countBy(ids, "medium-pe"), countBy(ids, "medium-wo"), countBy(ids, "medium-zw")]).toEqual([1, 1, 3]);
    // small: two seats for three sub-regions go to the two with most candidates
    expect([countBy(ids, "small-pe"), countBy(ids, "small-wo"), countBy(ids, "small-zw")]).toEqual([1, 0, 1]);
    const left = selectParticipants(input(thirty)).outcomes.find((o) => o.providerId === "small-wo-0");
    expect(left?.reason).toContain("geen plaats");
  });

  it("explains seats honestly: a draw without history, a seat for every candidate where there are as many seats", () => {
    const result = selectParticipants(input(thirty));
    expect(result.outcomes.some((o) => o.reason.includes("rotatie"))).toBe(false);
    expect(result.outcomes.find((o) => o.providerId === "medium-wo-0")?.reason).toContain(
      "een plaats voor elke kandidaat",
    );
    expect(
      result.outcomes
        .filter((o) => o.invited && o.providerId.startsWith("large-zw"))
        .every((o) => o.reason.includes("loting")),
    ).toBe(true);
  });

  it("invites a whole class that is short of candidates and does not move its seats", () => {
    const list = providers([
      ["large", "pe", 10],
      ["medium", "zw", 3],
      ["small", "wo", 1],
    ]);
    const ids = invitedIds(selectParticipants(input(list)));
    expect([countBy(ids, "large"), countBy(ids, "medium"), countBy(ids, "small")]).toEqual([5, 3, 1]);
  });

  it("gives no seat to unclassified providers and says why", () => {
    const list = providers([
      ["large", "pe", 12],
      ["unclassified", "zw", 2],
    ]);
    const result = selectParticipants(input(list));
    expect(
      result.outcomes
        .filter((o) => o.providerId.startsWith("unclassified"))
        .every((o) => !o.invited && o.reason.includes("grootteklasse")),
    ).toBe(true);
  });

  it("prefers providers that were not seated at the previous session", () => {
    const seatedLastTime = new Set(["large-pe-0", "large-pe-1", "large-pe-2"]);
    const list = providers(
      [
        ["large", "pe", 6],
        ["medium", "pe", 8],
      ],
      (id) => ({
        attendance: [
          {
            sessionDate: "2026-09-01",
            invited: seatedLastTime.has(id),
            status: seatedLastTime.has(id) ? "present" : null,
          },
        ],
      }),
    );
    const result = selectParticipants(input(list));
    const large = invitedIds(result).filter((id) => id.startsWith("large"));
    expect(large).toHaveLength(5);
    expect(large).toEqual(expect.arrayContaining(["large-pe-3", "large-pe-4", "large-pe-5"]));
    const rotated = result.outcomes.find((o) => o.providerId === "large-pe-3");
    expect(rotated?.reason).toContain("rotatie");
  });

  it("leaves out providers excluded on the date, and they do not count as relevant", () => {
    const list = providers([["large", "pe", 13]], (id) =>
      id === "large-pe-0"
        ? { excludedUntil: "2027-06-01" }
        : id === "large-pe-1"
          ? { excludedUntil: "2027-03-01" }
          : {},
    );
    const result = selectParticipants(input(list));
    expect(result.relevantCount).toBe(12);
    expect(result.mode).toBe("all");
    expect(result.outcomes.find((o) => o.providerId === "large-pe-0")).toMatchObject({ invited: false });
    expect(result.outcomes.find((o) => o.providerId === "large-pe-0")?.reason).toContain("uitgesloten");
    expect(result.outcomes.find((o) => o.providerId === "large-pe-1")?.invited).toBe(true);
  });

  it("ignores providers outside the table's sub-regions", () => {
    const result = selectParticipants({
      ...input(
        providers([
          ["large", "pe", 3],
          ["large", "zw", 3],
        ]),
      ),
      subregions: [SUBREGIONS[0]!],
    });
    expect(invitedIds(result)).toEqual(["large-pe-0", "large-pe-1", "large-pe-2"]);
  });

  it("gives the same result for the same seed, and differs for another seed only among equals", () => {
    expect(selectParticipants(input(thirty))).toEqual(selectParticipants(input(thirty)));
    const shape = (seed: string) => {
      const ids = invitedIds(selectParticipants(input(thirty, seed)));
      return ["large", "medium", "small"].flatMap((c) => ["pe", "wo", "zw"].map((s) => countBy(ids, `${c}-${s}-`)));
    };
    const seeds = ["a", "b", "c", "d", "e", "f"];
    const picks = new Set(
      seeds.map((seed) =>
        invitedIds(selectParticipants(input(thirty, seed)))
          .sort()
          .join(","),
      ),
    );
    expect(picks.size).toBeGreaterThan(1);
    for (const seed of seeds) expect(shape(seed)).toEqual(shape("zaak-2027-001"));
  });
});

describe("allocateSeats", () => {
  it("gives every sub-region one seat first, then follows the largest remainders", () => {
    expect(
      Object.fromEntries(
        allocateSeats(
          new Map([
            ["a", 10],
            ["b", 4],
            ["c", 1],
          ]),
          5,
          "s",
        ),
      ),
    ).toEqual({ a: 3, b: 1, c: 1 });
    expect(
      Object.fromEntries(
        allocateSeats(
          new Map([
            ["a", 100],
            ["b", 1],
            ["c", 1],
          ]),
          5,
          "s",
        ),
      ),
    ).toEqual({ a: 3, b: 1, c: 1 });
  });
  it("never hands out more seats than candidates or than there are", () => {
    const seats = allocateSeats(
      new Map([
        ["a", 1],
        ["b", 1],
      ]),
      5,
      "s",
    );
    expect([...seats.values()].reduce((x, y) => x + y, 0)).toBe(2);
  });
});

describe("proposeReplacement", () => {
  const list = providers([
    ["large", "pe", 3],
    ["large", "zw", 10],
    ["medium", "pe", 5],
  ]);
  const base = input(list);
  const invited = new Set(invitedIds(selectParticipants(base)));

  it("proposes the same class from the same sub-region first", () => {
    const leaving = [...invited].find((id) => id.startsWith("large-zw"))!;
    const proposal = proposeReplacement(base, leaving, invited);
    expect(proposal?.providerId.startsWith("large-zw")).toBe(true);
    expect(invited.has(proposal!.providerId)).toBe(false);
    expect(proposal?.reason).toContain("dezelfde subregio");
  });

  it("falls back to the same class elsewhere, and to nobody when the class is exhausted", () => {
    const allLargePe = new Set([...invited, "large-pe-0", "large-pe-1", "large-pe-2"]);
    const proposal = proposeReplacement(base, "large-pe-0", allLargePe);
    expect(proposal?.providerId.startsWith("large-zw")).toBe(true);
    expect(proposal?.reason).toContain("andere subregio");
    const everyone = new Set(list.map((p) => p.id));
    expect(proposeReplacement(base, "medium-pe-0", everyone)).toBeNull();
  });
});

describe("exclusionEligibility", () => {
  const at = (sessionDate: string, status: "present" | "absent_with_reason" | "absent_without_reason") => ({
    sessionDate,
    invited: true,
    status,
  });
  it("flags one absence without reason", () => {
    const r = exclusionEligibility([at("2026-03-01", "present"), at("2026-09-01", "absent_without_reason")]);
    expect(r.eligible).toBe(true);
    expect(r.reasons[0]).toContain("zonder opgave van reden");
  });
  it("flags more than two absences, but not two with reasons", () => {
    expect(
      exclusionEligibility([at("2026-01-01", "absent_with_reason"), at("2026-02-01", "absent_with_reason")]).eligible,
    ).toBe(false);
    expect(
      exclusionEligibility([
        at("2026-01-01", "absent_with_reason"),
        at("2026-02-01", "absent_with_reason"),
        at("2026-03-01", "absent_with_reason"),
      ]).eligible,
    ).toBe(true);
  });
  it("does not count sessions without a seat", () => {
    expect(exclusionEligibility([{ sessionDate: "2026-01-01", invited: false, status: null }]).eligible).toBe(false);
  });
});
