import { describe, expect, it } from "vitest";
import { preparedStatement } from "@/db/prepared";

describe("preparedStatement", () => {
  it("builds a statement once per database handle and name, and hands the same one back", () => {
    const first = {};
    const second = {};
    const built: string[] = [];
    const prepare = (_db: object, name: string) => {
      built.push(name);
      return { name, n: built.length };
    };
    const visit = preparedStatement("visit", prepare);
    const count = preparedStatement("count", prepare);
    const a = visit(first);
    expect(visit(first)).toBe(a);
    const other = count(first);
    const elsewhere = visit(second);
    expect(other).not.toBe(a);
    expect(elsewhere).not.toBe(a);
    expect(built).toEqual(["visit", "count", "visit"]);
  });
});
