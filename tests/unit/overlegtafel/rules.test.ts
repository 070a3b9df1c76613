import fc from "fast-check";
import { describe, expect, it } from "vitest";
import nl from "@/lib/i18n/messages/nl.json";
import { t } from "@/lib/i18n";
import { homeSubregion, seatsAboveCaps } from "@/lib/overlegtafel/composition";
import { parseIndicatorCsv } from "@/lib/overlegtafel/csv-import";
import { cyrb53, drawKey } from "@/lib/overlegtafel/draw";
import { parseIndicator } from "@/lib/overlegtafel/indicators";
import { proposeReplacement } from "@/lib/overlegtafel/replacement";
import { byRotationThenDraw, firstInOrder, selectParticipants } from "@/lib/overlegtafel/select-participants";
import type { TableCandidate } from "@/lib/overlegtafel/types";
import {
  exclusionInput,
  fixInput,
  memberChangeInput,
  ownIndicatorsInput,
  tableInput,
  thresholdsInput,
} from "@/lib/overlegtafel/validation";

const U = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("the draw", () => {
  it("is the public cyrb53 hash of seed:id as 14 hex digits, the same every time", () => {
    expect(cyrb53("a")).toBe(7929297801672961);
    expect(drawKey("zaak-2027-001", "aanbieder-1")).toBe(
      cyrb53("zaak-2027-001:aanbieder-1").toString(16).padStart(14, "0"),
    );
    expect(drawKey("s", "x")).toMatch(/^[0-9a-f]{14}$/);
    expect(drawKey("s", "x")).not.toBe(drawKey("t", "x"));
  });

  it("takes the same first k as sorting the whole group", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.uuid(), rotation: fc.boolean(), key: fc.constantFrom("a", "b", "c", "d") }), {
          maxLength: 40,
        }),
        fc.integer({ min: 0, max: 6 }),
        (list, k) => {
          const full = list.map((p) => ({ ...p, sizeClass: "large" as const, subregionId: "s" }));
          const expected = [...full]
            .sort(byRotationThenDraw)
            .slice(0, k)
            .map((p) => p.id);
          expect(firstInOrder(full, k).map((p) => p.id)).toEqual(expected);
        },
      ),
    );
  });
});

describe("selectParticipants: only equals depend on the seed", () => {
  it("seats the only candidate of a class in a sub-region under every seed", () => {
    const list: TableCandidate[] = [
      ...Array.from({ length: 9 }, (_, i) => ({
        id: `large-a-${i}`,
        sizeClass: "large" as const,
        subregionId: "a",
        attendance: [],
      })),
      { id: "large-b-only", sizeClass: "large", subregionId: "b", attendance: [] },
      ...Array.from({ length: 4 }, (_, i) => ({
        id: `small-a-${i}`,
        sizeClass: "small" as const,
        subregionId: "a",
        attendance: [],
      })),
    ];
    for (const seed of ["1", "2", "3", "4", "5"]) {
      const result = selectParticipants({
        providers: list,
        subregions: [
          { id: "a", name: "A" },
          { id: "b", name: "B" },
        ],
        date: "2027-01-01",
        seed,
      });
      expect(result.outcomes.find((o) => o.providerId === "large-b-only")?.invited).toBe(true);
      expect(result.outcomes.filter((o) => o.invited && o.providerId.startsWith("large-a"))).toHaveLength(4);
    }
  });
});

describe("proposeReplacement: rotation before the draw", () => {
  it("prefers a provider of the same class and sub-region that was not seated last time", () => {
    const seated = (id: string) => [{ sessionDate: "2026-09-01", invited: id !== "large-a-3", status: null }];
    const list: TableCandidate[] = Array.from({ length: 4 }, (_, i) => ({
      id: `large-a-${i}`,
      sizeClass: "large" as const,
      subregionId: "a",
      attendance: seated(`large-a-${i}`),
    }));
    for (const seed of ["x", "y", "z"]) {
      const proposal = proposeReplacement(
        { providers: list, subregions: [{ id: "a", name: "A" }], date: "2027-01-01", seed },
        "large-a-0",
        new Set(["large-a-0"]),
      );
      expect(proposal?.providerId).toBe("large-a-3");
    }
  });
});

describe("parseIndicator", () => {
  it.each([
    ["", null],
    ["1250", 1250],
    ["1.250", 1250],
    ["1 250", 1250],
    ["€ 1.250.000", 1_250_000],
    ["0", 0],
  ] as const)("reads %j", (raw, value) => {
    expect(parseIndicator(raw, "wmoRevenue")).toEqual({ ok: true, value });
  });
  it.each([
    ["-5", "negatief"],
    ["abc", "heel getal"],
    ["1,5", "heel getal"],
    ["12.34", "heel getal"],
  ] as const)("refuses %j", (raw, message) => {
    const parsed = parseIndicator(raw, "clients");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
  it("refuses absurd figures such as ten million employees", () => {
    const parsed = parseIndicator("10000000", "employees");
    expect(parsed.ok ? null : parsed.message).toContain("onwaarschijnlijk groot");
    expect(parseIndicator("100000", "employees").ok).toBe(true);
  });
});

describe("parseIndicatorCsv", () => {
  it("reads ; and , separated files with a BOM and Dutch column names", () => {
    expect(
      parseIndicatorCsv('\uFEFFKvK;Jaar;Cliënten;Medewerkers;Omzet_Wmo\n12345678;2025;300;;"2.100.000"\n', 2026),
    ).toEqual({
      rows: [{ kvkNumber: "12345678", year: 2025, clients: 300, employees: null, wmoRevenue: 2_100_000, line: 2 }],
      errors: [],
    });
    expect(
      parseIndicatorCsv("kvk,jaar,clienten,medewerkers,omzet_wmo\n12345678,2025,3,1,40000\n", 2026).rows,
    ).toHaveLength(1);
  });
  it("reports every faulty line with its number, and missing columns", () => {
    const r = parseIndicatorCsv(
      "kvk;jaar;clienten;medewerkers;omzet_wmo\n1234;2025;1;1;1\n12345678;1990;-1;x;1\n12345678;2025;1;1;1\n12345678;2025;1;1;1\n",
      2026,
    );
    expect(r.errors).toHaveLength(3);
    expect(r.errors[0]).toMatch(/^Regel 2: .*8 cijfers/);
    expect(r.errors[1]).toMatch(/^Regel 3: .*jaar.*negatief.*heel getal/i);
    expect(r.errors[2]).toMatch(/^Regel 5: .*al eerder/);
    expect(parseIndicatorCsv("kvk;jaar\n1;2\n", 2026).errors[0]).toContain("clienten, medewerkers, omzet_wmo");
    expect(
      parseIndicatorCsv('kvk;jaar;clienten;medewerkers;omzet_wmo\n"12345678;2025;1;1;1\n', 2026).errors[0],
    ).toContain("kon niet worden gelezen");
  });
});

describe("seatsAboveCaps and homeSubregion", () => {
  it("names the classes above the caps, only for a capped table", () => {
    const six = Array.from({ length: 6 }, () => ({ sizeClass: "large" as const }));
    expect(seatsAboveCaps("capped", six)).toEqual(["Er zijn 6 grote aanbieders uitgenodigd; het maximum is 5."]);
    expect(seatsAboveCaps("all", six)).toEqual([]);
    expect(seatsAboveCaps("capped", [{ sizeClass: "unclassified" }])[0]).toContain("zonder vastgestelde grootteklasse");
    expect(seatsAboveCaps("capped", six.slice(1))).toEqual([]);
  });
  it("places a provider in several sub-regions in the first of them by name, within the scope", () => {
    const scope = [
      { id: "z", name: "Zaanstad" },
      { id: "p", name: "Purmerend" },
      { id: "w", name: "Waterland" },
    ];
    expect(homeSubregion(["z", "w"], scope)).toBe("w");
    expect(homeSubregion(["z", "w"], scope.slice(0, 1))).toBe("z");
    expect(homeSubregion(["x"], scope)).toBeNull();
  });
});

describe("input of the table forms", () => {
  const table = {
    trajectoryId: U(1),
    title: "Overlegtafel begeleiding",
    subject: "product",
    productIds: [U(2)],
    theme: "",
    subregionId: "",
  };
  it("asks for exactly one product, at least two, or a theme", () => {
    expect(tableInput.safeParse(table).success).toBe(true);
    expect(tableInput.safeParse({ ...table, productIds: [] }).error?.issues[0]?.message).toContain(
      "precies één product",
    );
    expect(tableInput.safeParse({ ...table, subject: "products" }).error?.issues[0]?.message).toContain(
      "minstens twee",
    );
    expect(tableInput.safeParse({ ...table, subject: "theme", productIds: [] }).error?.issues[0]?.message).toContain(
      "thema",
    );
    expect(tableInput.safeParse({ ...table, role: "admin" }).success).toBe(false);
  });
  it("refuses negative, non-numeric and absurd size figures, and an empty set", () => {
    const base = { year: "2025", clients: "30", employees: "", wmoRevenue: "" };
    expect(ownIndicatorsInput.parse(base)).toEqual({ year: 2025, clients: 30, employees: null, wmoRevenue: null });
    const errors = ownIndicatorsInput
      .safeParse({ ...base, clients: "-1", employees: "tien", wmoRevenue: "99999999999" })
      .error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    expect(errors).toEqual([
      expect.stringMatching(/^clients: .*negatief/),
      expect.stringMatching(/^employees: .*heel getal/),
      expect.stringMatching(/^wmoRevenue: .*onwaarschijnlijk/),
    ]);
    expect(
      ownIndicatorsInput.safeParse({ year: "2025", clients: "", employees: "", wmoRevenue: "" }).error?.issues[0]
        ?.message,
    ).toContain("minstens één");
    expect(ownIndicatorsInput.safeParse({ ...base, year: "1999" }).success).toBe(false);
  });
  it("requires reasons for changes and exclusions, and keeps thresholds in order", () => {
    expect(
      memberChangeInput.safeParse({ tableId: U(1), meetingId: U(2), providerId: U(3), invited: "true", reason: "" })
        .error?.issues[0]?.message,
    ).toContain("reden");
    expect(
      exclusionInput.safeParse({ tableId: U(1), providerId: U(3), until: "2027-01-01", reason: "kort" }).error
        ?.issues[0]?.message,
    ).toContain("reden");
    expect(
      exclusionInput.safeParse({
        tableId: U(1),
        providerId: U(3),
        until: "morgen",
        reason: "Twee keer afwezig zonder reden",
      }).success,
    ).toBe(false);
    expect(fixInput.parse({ tableId: U(1), meetingId: U(2) }).overCapReason).toBeNull();
    const th = {
      regionId: U(1),
      clientsLargeFrom: "250",
      clientsSmallBelow: "25",
      employeesLargeFrom: "100",
      employeesSmallBelow: "10",
      wmoRevenueLargeFrom: "2.000.000",
      wmoRevenueSmallBelow: "250.000",
    };
    expect(thresholdsInput.parse(th).thresholds.wmoRevenue).toEqual({ largeFrom: 2_000_000, smallBelow: 250_000 });
    expect(thresholdsInput.safeParse({ ...th, clientsSmallBelow: "300" }).error?.issues[0]?.path).toEqual([
      "clientsSmallBelow",
    ]);
    expect(thresholdsInput.safeParse({ ...th, employeesLargeFrom: "0" }).success).toBe(false);
  });
});

describe("messages", () => {
  it("formats every consultation-table message (a broken one comes back as its key)", () => {
    // Simple placeholders and plural arguments alike get a number.
    const sample = (text: string) => Object.fromEntries([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => [m[1]!, 1]));
    for (const [key, text] of Object.entries(nl.overlegtafel))
      expect(t(`overlegtafel.${key}`, sample(text)), key).not.toBe(`overlegtafel.${key}`);
  });
});
