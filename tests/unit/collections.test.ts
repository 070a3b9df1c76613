import { describe, expect, it } from "vitest";
import { groupBy } from "@/lib/collections";

describe("groupBy", () => {
  it("groups by key and keeps the original order inside each group", () => {
    const rows = [
      { k: "a", n: 1 },
      { k: "b", n: 2 },
      { k: "a", n: 3 },
    ];
    expect([...groupBy(rows, (r) => r.k)]).toEqual([
      ["a", [rows[0], rows[2]]],
      ["b", [rows[1]]],
    ]);
  });

  it("answers an empty map for no items", () => {
    expect(groupBy([], (x: number) => x).size).toBe(0);
  });

  it("keeps null keys apart from string keys", () => {
    const groups = groupBy([null, "null", null], (x) => x);
    expect(groups.get(null)).toHaveLength(2);
    expect(groups.get("null")).toHaveLength(1);
  });
});
