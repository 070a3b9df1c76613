import { describe, expect, it } from "vitest";
import { preparedOnce } from "@/db/prepared";

describe("preparedOnce", () => {
  it("builds a statement once per database handle and name, and hands the same one back", () => {
    const first = {};
    const second = {};
    const built: string[] = [];
    const prepare = (name: string) => {
      built.push(name);
      return { name, n: built.length };
    };
    const a = preparedOnce(first, "visit", prepare);
    expect(preparedOnce(first, "visit", prepare)).toBe(a);
    const other = preparedOnce(first, "count", prepare);
    const elsewhere = preparedOnce(second, "visit", prepare);
    expect(other).not.toBe(a);
    expect(elsewhere).not.toBe(a);
    expect(built).toEqual(["visit", "count", "visit"]);
  });
});
