import { describe, expect, it } from "vitest";
import { DEFAULT_AGREEMENTS } from "@/lib/performance/defaults";

describe("default performance agreements (source 002's table)", () => {
  it("has the table's ten rows with their frequencies, in its order", () => {
    expect(DEFAULT_AGREEMENTS.map((a) => a.frequency)).toEqual([
      "yearly",
      "yearly",
      "biennial",
      "biennial",
      "on_request",
      "yearly",
      "on_request",
      "on_request",
      "on_request",
      "on_request",
    ]);
  });

  it("ends with time registration at client level, on request", () => {
    const last = DEFAULT_AGREEMENTS.at(-1)!;
    expect(last.title).toMatch(/tijdschrijven/);
    expect(last.title).toMatch(/per cliënt/);
    expect(last.frequency).toBe("on_request");
  });

  it("has no title twice", () => {
    expect(new Set(DEFAULT_AGREEMENTS.map((a) => a.title)).size).toBe(DEFAULT_AGREEMENTS.length);
  });
});
