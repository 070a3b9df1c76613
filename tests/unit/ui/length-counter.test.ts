import { describe, expect, it } from "vitest";
import { counterText as counterWith } from "@/components/ui/length-counter";
import { LENGTH_COUNTER_TEXTS, type LengthCounterKey } from "@/components/ui/texts";
import { translator } from "@/lib/i18n/format";
import { pickTexts } from "@/lib/i18n/texts";

// The texts as the browser gets them: picked on the server, formatted by the client's own formatter.
const t = translator<LengthCounterKey>(pickTexts(LENGTH_COUNTER_TEXTS));
const counterText = (length: number, max: number) => counterWith(t, length, max);

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
