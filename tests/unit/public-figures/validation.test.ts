import { describe, expect, it } from "vitest";
import { publicFigureInput } from "@/lib/public-figures/validation";

const ID = "00000000-0000-4000-8000-00000000000a";
const parse = (figure: string, description = "Uurtarief begeleiding 2027", source = "") =>
  publicFigureInput.safeParse({ trajectoryId: ID, figure, description, source });

describe("publicFigureInput", () => {
  it.each(["€ 62,40", "62,40 euro", "EUR 750.000", "1,2 miljoen", "€ 3,4 mln", "3,8%", "4 procent"])(
    "accepts the figure %j",
    (figure) => {
      expect(parse(figure).success).toBe(true);
    },
  );

  it.each(["", "veel geld", "ongeveer de helft", "2027"])("refuses %j with a Dutch message", (figure) => {
    const result = parse(figure);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/bedrag|percentage|verplicht|invullen/i);
  });

  it("reports every problem of the form at once and turns an empty source into null", () => {
    const result = publicFigureInput.safeParse({ trajectoryId: ID, figure: "veel", description: "x", source: "" });
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(["figure", "description"]);
    expect(parse("€ 10").data?.source).toBeNull();
  });

  it("refuses fields it does not know", () => {
    const result = publicFigureInput.safeParse({
      trajectoryId: ID,
      figure: "€ 10",
      description: "Tarief",
      source: "",
      createdBy: ID,
    });
    expect(result.success).toBe(false);
  });
});
