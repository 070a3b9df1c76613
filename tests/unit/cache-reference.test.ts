import { describe, expect, it } from "vitest";
import { cachedReference, invalidateReference, REFERENCE_TTL_MS } from "@/lib/cache/reference";

describe("cachedReference", () => {
  it("loads once per handle until invalidated or expired", async () => {
    const db = {};
    let loads = 0;
    let clock = 1_000;
    const load = () => Promise.resolve([++loads]);
    const read = () => cachedReference(db, "products", "", load, () => clock);
    expect(await read()).toEqual([1]);
    expect(await read()).toEqual([1]);
    expect(await cachedReference({}, "products", "", load, () => clock)).toEqual([2]);
    invalidateReference("products");
    expect(await read()).toEqual([3]);
    clock += REFERENCE_TTL_MS + 1;
    expect(await read()).toEqual([4]);
    invalidateReference("guidance");
    expect(await read()).toEqual([4]);
  });

  it("keeps variants apart, hands out copies and does not keep a failed load", async () => {
    const db = {};
    const first = await cachedReference(db, "guidance", "analysis", () => Promise.resolve(["a"]));
    first.push("changed");
    expect(await cachedReference(db, "guidance", "analysis", () => Promise.resolve(["b"]))).toEqual(["a"]);
    expect(await cachedReference(db, "guidance", "market", () => Promise.resolve(["m"]))).toEqual(["m"]);
    await expect(cachedReference(db, "regions", "", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cachedReference(db, "regions", "", () => Promise.resolve(["r"]))).toEqual(["r"]);
  });
});
