import { describe, expect, it } from "vitest";
import { isIndependentReviewer, withToucher } from "@/lib/review/four-eyes";

describe("four eyes", () => {
  it("records each officer who touched a copy once", () => {
    expect(withToucher(undefined, "a")).toEqual(["a"]);
    expect(withToucher(["a", "b"], "a")).toEqual(["a", "b"]);
    expect(withToucher(["a"], "b")).toEqual(["a", "b"]);
  });
  it("lets only someone who neither submitted nor touched the copy review it", () => {
    const copy = { submittedBy: "b", touchedBy: ["a", "b"] };
    expect(isIndependentReviewer("c", copy)).toBe(true);
    expect(isIndependentReviewer("a", copy)).toBe(false);
    expect(isIndependentReviewer("b", copy)).toBe(false);
    expect(isIndependentReviewer(undefined, copy)).toBe(false);
    expect(isIndependentReviewer("c", { submittedBy: null, touchedBy: [] })).toBe(false);
  });
});
