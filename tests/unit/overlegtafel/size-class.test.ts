import { describe, expect, it } from "vitest";
import { classifySize, DEFAULT_SIZE_THRESHOLDS, voteOf } from "@/lib/overlegtafel/size-class";

describe("voteOf at the default band edges", () => {
  it.each([
    ["clients", 249, "medium"],
    ["clients", 250, "large"],
    ["clients", 24, "small"],
    ["clients", 25, "medium"],
    ["employees", 99, "medium"],
    ["employees", 100, "large"],
    ["employees", 9, "small"],
    ["employees", 10, "medium"],
    ["wmoRevenue", 1_999_999, "medium"],
    ["wmoRevenue", 2_000_000, "large"],
    ["wmoRevenue", 249_999, "small"],
    ["wmoRevenue", 250_000, "medium"],
  ] as const)("%s %d votes %s", (key, value, expected) => {
    expect(voteOf(value, DEFAULT_SIZE_THRESHOLDS[key])).toBe(expected);
  });
  it("a missing indicator does not vote", () => {
    expect(voteOf(null, DEFAULT_SIZE_THRESHOLDS.clients)).toBeNull();
  });
});

describe("classifySize", () => {
  it("takes the class with two or three votes", () => {
    expect(classifySize({ clients: 300, employees: 120, wmoRevenue: 100_000 })).toBe("large");
    expect(classifySize({ clients: 10, employees: 5, wmoRevenue: 3_000_000 })).toBe("small");
    expect(classifySize({ clients: 100, employees: 50, wmoRevenue: 1_000_000 })).toBe("medium");
    expect(classifySize({ clients: 300, employees: 120, wmoRevenue: null })).toBe("large");
  });
  it("makes three different votes medium", () => {
    expect(classifySize({ clients: 300, employees: 50, wmoRevenue: 100_000 })).toBe("medium");
  });
  it("leaves it to the officer with fewer than two votes or two that disagree", () => {
    expect(classifySize({ clients: 300, employees: null, wmoRevenue: null })).toBe("unclassified");
    expect(classifySize({ clients: null, employees: null, wmoRevenue: null })).toBe("unclassified");
    expect(classifySize({ clients: 300, employees: 5, wmoRevenue: null })).toBe("unclassified");
  });
  it("follows thresholds an administrator set", () => {
    const strict = {
      ...DEFAULT_SIZE_THRESHOLDS,
      clients: { largeFrom: 1000, smallBelow: 25 },
      employees: { largeFrom: 500, smallBelow: 10 },
    };
    expect(classifySize({ clients: 300, employees: 120, wmoRevenue: 100_000 }, strict)).toBe("medium");
  });
});
