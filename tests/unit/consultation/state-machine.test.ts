import { describe, expect, it } from "vitest";
import { CONSULTATION_STATES } from "@/lib/consultation/constants";
import { acceptsResponses, canTransition, effectiveState, validWindow } from "@/lib/consultation/state-machine";

const opensAt = new Date("2027-02-01T09:00:00+01:00");
const closesAt = new Date("2027-02-15T17:00:00+01:00");
const at = (iso: string) => new Date(iso);

describe("consultation transitions", () => {
  it("allows only the forward path draft → published → open → closed → feedback published", () => {
    const allowed = CONSULTATION_STATES.flatMap((from) =>
      CONSULTATION_STATES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      "draft→published",
      "published→open",
      "published→closed",
      "open→closed",
      "closed→feedback_published",
    ]);
  });
});

describe("effectiveState and deadlines", () => {
  it("opens and closes with the clock once published", () => {
    expect(effectiveState({ state: "published", opensAt, closesAt }, at("2027-02-01T07:59:59Z"))).toBe("published");
    expect(effectiveState({ state: "published", opensAt, closesAt }, at("2027-02-01T08:00:00Z"))).toBe("open");
    expect(effectiveState({ state: "published", opensAt, closesAt }, at("2027-02-15T15:59:59Z"))).toBe("open");
    expect(effectiveState({ state: "published", opensAt, closesAt }, at("2027-02-15T16:00:00Z"))).toBe("closed");
  });
  it("keeps drafts, closed and fed-back consultations as they are", () => {
    expect(effectiveState({ state: "draft", opensAt, closesAt }, at("2027-02-10T12:00:00Z"))).toBe("draft");
    expect(effectiveState({ state: "closed", opensAt, closesAt }, at("2027-02-10T12:00:00Z"))).toBe("closed");
    expect(effectiveState({ state: "feedback_published", opensAt, closesAt }, at("2027-03-10T12:00:00Z"))).toBe(
      "feedback_published",
    );
  });
  it("accepts responses only while open, to the second", () => {
    expect(acceptsResponses({ state: "open", opensAt, closesAt }, at("2027-02-15T15:59:59Z"))).toBe(true);
    expect(acceptsResponses({ state: "open", opensAt, closesAt }, closesAt)).toBe(false);
    expect(acceptsResponses({ state: "draft", opensAt, closesAt }, at("2027-02-10T12:00:00Z"))).toBe(false);
  });
  it("requires the closing moment after the opening moment", () => {
    expect(validWindow(opensAt, closesAt)).toBe(true);
    expect(validWindow(closesAt, opensAt)).toBe(false);
    expect(validWindow(opensAt, opensAt)).toBe(false);
  });
});
