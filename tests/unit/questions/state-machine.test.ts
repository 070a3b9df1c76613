import { describe, expect, it } from "vitest";
import {
  answerStateAfterSave,
  canMoveQuestion,
  canMoveRound,
  questionEditable,
  questionPeriodEnd,
  questionPeriodOpen,
} from "@/lib/questions/state-machine";

const at = (iso: string) => new Date(iso);

describe("question states", () => {
  it.each([
    ["received", "merged", true],
    ["received", "declined", true],
    ["received", "answered", true],
    ["merged", "received", true],
    ["declined", "received", true],
    ["merged", "answered", false],
    ["declined", "answered", false],
    ["answered", "received", false],
    ["answered", "merged", false],
    ["merged", "declined", false],
  ] as const)("%s → %s: %s", (from, to, allowed) => {
    expect(canMoveQuestion(from, to)).toBe(allowed);
  });

  it("lets officers edit a received question outside a round under review, and an answered one only during a correction", () => {
    expect(questionEditable({ state: "received" }, null)).toBe(true);
    expect(questionEditable({ state: "received" }, { state: "draft" })).toBe(true);
    expect(questionEditable({ state: "received" }, { state: "submitted" })).toBe(false);
    expect(questionEditable({ state: "received" }, { state: "approved" })).toBe(false);
    expect(questionEditable({ state: "answered" }, { state: "published" })).toBe(false);
    expect(questionEditable({ state: "answered" }, { state: "draft" })).toBe(true);
    expect(questionEditable({ state: "answered" }, null)).toBe(false);
    expect(questionEditable({ state: "merged" }, null)).toBe(false);
    expect(questionEditable({ state: "declined" }, { state: "draft" })).toBe(false);
  });

  it("keeps an empty answer as none and a written one a draft until fixed", () => {
    expect(answerStateAfterSave(false, true)).toBe("none");
    expect(answerStateAfterSave(false, false)).toBe("none");
    expect(answerStateAfterSave(true, false)).toBe("draft");
    expect(answerStateAfterSave(true, true)).toBe("final");
  });
});

describe("round states", () => {
  it.each([
    ["draft", "submitted", true],
    ["draft", "approved", false],
    ["draft", "published", false],
    ["submitted", "approved", true],
    ["submitted", "draft", true],
    ["submitted", "published", false],
    ["approved", "published", true],
    ["approved", "draft", true],
    ["published", "draft", true],
    ["published", "approved", false],
  ] as const)("%s → %s: %s", (from, to, allowed) => {
    expect(canMoveRound(from, to)).toBe(allowed);
  });
});

describe("question period", () => {
  const closes = at("2027-03-01T12:00:00Z");
  it("ends at its own date when earlier than closing, never later", () => {
    expect(questionPeriodEnd(closes, null)).toEqual(closes);
    expect(questionPeriodEnd(closes, at("2027-02-15T12:00:00Z"))).toEqual(at("2027-02-15T12:00:00Z"));
    expect(questionPeriodEnd(closes, at("2027-04-01T12:00:00Z"))).toEqual(closes);
  });

  it("is open only while the consultation is open and before the end, the end itself excluded", () => {
    const own = at("2027-02-15T12:00:00Z");
    expect(questionPeriodOpen({ state: "open", closesAt: closes }, own, at("2027-02-15T11:59:59Z"))).toBe(true);
    expect(questionPeriodOpen({ state: "open", closesAt: closes }, own, own)).toBe(false);
    expect(questionPeriodOpen({ state: "published", closesAt: closes }, null, at("2027-01-01T00:00:00Z"))).toBe(false);
    expect(questionPeriodOpen({ state: "closed", closesAt: closes }, null, at("2027-01-01T00:00:00Z"))).toBe(false);
  });
});
