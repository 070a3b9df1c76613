import { describe, expect, it } from "vitest";
import { counterText } from "@/components/ui/length-counter";

describe("counterText", () => {
  it("says how many characters are left, with the limit", () => {
    expect(counterText(0, 200)).toBe("Nog 200 tekens over (maximaal 200)");
    expect(counterText(199, 200)).toBe("Nog 1 teken over (maximaal 200)");
  });
  it("says nothing is left at the limit", () => {
    expect(counterText(200, 200)).toBe("Nog 0 tekens over (maximaal 200)");
  });
  it("says how many are too many, in Dutch number format", () => {
    expect(counterText(201, 200)).toBe("1 teken te veel (maximaal 200)");
    expect(counterText(10_000, 4000)).toBe("6.000 tekens te veel (maximaal 4.000)");
  });
});
