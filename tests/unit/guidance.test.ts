import { describe, expect, it } from "vitest";
import { DEFAULT_GUIDANCE } from "@/lib/guidance/default-guidance";
import { ASPECTS, guidanceFieldName, guidanceInput, MAX_GUIDANCE_ITEMS, PERSPECTIVES } from "@/lib/guidance/validation";
import { PHASES } from "@/lib/trajectory/constants";

describe("default guidance", () => {
  it("covers every phase × perspective × aspect exactly once, with 2 to 6 items", () => {
    const keys = DEFAULT_GUIDANCE.map((g) => `${g.phase}/${g.perspective}/${g.aspect}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(PHASES.length * PERSPECTIVES.length * ASPECTS.length);
    for (const g of DEFAULT_GUIDANCE) {
      expect(g.items.length).toBeGreaterThanOrEqual(2);
      expect(g.items.length).toBeLessThanOrEqual(6);
    }
  });
});

describe("guidanceInput", () => {
  const full = (value: string) => ({
    phase: "analysis",
    ...Object.fromEntries(PERSPECTIVES.flatMap((p) => ASPECTS.map((a) => [guidanceFieldName(p, a), value]))),
  });

  it("splits lines into items, dropping bullets and blank lines", () => {
    const parsed = guidanceInput.parse(full("- Eerste punt\n\n• Tweede punt\r\nDerde"));
    expect(parsed.entries).toHaveLength(8);
    expect(parsed.entries[0]?.items).toEqual(["Eerste punt", "Tweede punt", "Derde"]);
  });

  it("refuses empty aspects, too many items, unknown phases and extra fields", () => {
    expect(guidanceInput.safeParse(full("  \n ")).success).toBe(false);
    expect(
      guidanceInput.safeParse(full(Array.from({ length: MAX_GUIDANCE_ITEMS + 1 }, (_, i) => `punt ${i}`).join("\n")))
        .success,
    ).toBe(false);
    expect(guidanceInput.safeParse({ ...full("punt"), phase: "fase9" }).success).toBe(false);
    expect(guidanceInput.safeParse({ ...full("punt"), updatedBy: "x" }).success).toBe(false);
  });
});
