import { describe, expect, it } from "vitest";
import { SAS_THRESHOLD_EUR } from "@/lib/trajectory/constants";
import { CHANGE_LATITUDE, procedureValueMismatch, sasThresholdApplies } from "@/lib/trajectory/legal-stage";
import { isPdf } from "@/lib/trajectory/pdf";

describe("SAS threshold", () => {
  it("applies from exactly €750,000", () => {
    expect(SAS_THRESHOLD_EUR).toBe(750_000);
    expect(sasThresholdApplies(749_999)).toBe(false);
    expect(sasThresholdApplies(750_000)).toBe(true);
    expect(sasThresholdApplies(null)).toBeNull();
  });

  it("flags a SAS procedure below the threshold and a national procedure above it", () => {
    expect(procedureValueMismatch("sas", 100_000)).toBe(true);
    expect(procedureValueMismatch("sas", 2_000_000)).toBe(false);
    expect(procedureValueMismatch("national_open", 2_000_000)).toBe(true);
    expect(procedureValueMismatch("open_house", 2_000_000)).toBe(false);
    expect(procedureValueMismatch("sas", null)).toBe(false);
  });

  it("allows everything to change in preparation and specification only", () => {
    expect(CHANGE_LATITUDE).toEqual({
      preparation: "everything",
      specification: "everything",
      tender: "limited",
      contract: "limited",
    });
  });
});

describe("isPdf", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it("accepts a file with a PDF header and end marker", () => {
    expect(isPdf(enc("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n"))).toBe(true);
  });
  it("refuses other content, also when it claims to be a PDF by name", () => {
    expect(isPdf(enc("<html><body>%PDF-</body></html>%%EOF"))).toBe(false);
    expect(isPdf(enc("%PDF-1.4 truncated without end marker........"))).toBe(false);
    expect(isPdf(new Uint8Array())).toBe(false);
  });
});
