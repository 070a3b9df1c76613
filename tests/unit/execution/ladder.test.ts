import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  daysUntil,
  planDueDate,
  planTermProblem,
  talkInFuture,
  transition,
  type LadderState,
} from "@/lib/escalation/ladder";

const base: LadderState = {
  step: "step1",
  planStatus: "awaited",
  planDueOn: null,
  realisationDueOn: null,
  realisationReportedAt: null,
};
const step2 = (over: Partial<LadderState> = {}): LadderState => ({
  ...base,
  step: "step2",
  planDueOn: "2027-02-15",
  ...over,
});
const today = "2027-02-10";

describe("escalation ladder transitions", () => {
  it("goes from the talk (step 1) to the improvement plan (step 2)", () => {
    expect(transition(base, { type: "hold_talk" }, today)).toEqual({ ok: true, step: "step2" });
  });
  it("goes straight from step 1 to step 3 only on the source's grounds", () => {
    expect(transition(base, { type: "to_step3", ground: "cannot_improve_in_time" }, today)).toEqual({
      ok: true,
      step: "step3",
    });
    expect(transition(base, { type: "to_step3", ground: "permanently_impossible" }, today)).toEqual({
      ok: true,
      step: "step3",
    });
    expect(transition(base, { type: "to_step3", ground: null }, today)).toEqual({
      ok: false,
      reason: "ground_required",
    });
    expect(transition(base, { type: "to_step3", ground: "plan_insufficient" }, today)).toEqual({
      ok: false,
      reason: "ground_not_applicable",
    });
  });
  it("assesses a plan only once it was submitted", () => {
    expect(transition(step2(), { type: "reject_plan" }, today)).toEqual({ ok: false, reason: "plan_not_submitted" });
    expect(transition(step2({ planStatus: "submitted" }), { type: "reject_plan" }, today)).toEqual({
      ok: true,
      step: "step3",
    });
    expect(transition(step2({ planStatus: "submitted" }), { type: "accept_plan" }, today)).toEqual({
      ok: true,
      step: "step2",
    });
    expect(transition(step2({ planStatus: "accepted" }), { type: "submit_plan" }, today)).toEqual({
      ok: false,
      reason: "plan_already_assessed",
    });
  });
  it("moves to step 3 for a plan not delivered only after its deadline", () => {
    expect(transition(step2(), { type: "to_step3", ground: "plan_not_delivered" }, "2027-02-15")).toEqual({
      ok: false,
      reason: "plan_deadline_not_passed",
    });
    expect(transition(step2(), { type: "to_step3", ground: "plan_not_delivered" }, "2027-02-16")).toEqual({
      ok: true,
      step: "step3",
    });
    expect(transition(step2(), { type: "to_step3", ground: "cannot_improve_in_time" }, today)).toEqual({
      ok: false,
      reason: "ground_not_applicable",
    });
  });
  it("returns to normal only when the realisation was reported and confirmed", () => {
    const accepted = step2({ planStatus: "accepted", realisationDueOn: "2027-05-01" });
    expect(transition(accepted, { type: "confirm_realised" }, today)).toEqual({
      ok: false,
      reason: "realisation_not_reported",
    });
    expect(transition({ ...accepted, realisationReportedAt: new Date() }, { type: "confirm_realised" }, today)).toEqual(
      { ok: true, step: "resolved" },
    );
    expect(transition(accepted, { type: "to_step3", ground: "not_realised" }, "2027-05-01")).toEqual({
      ok: false,
      reason: "plan_deadline_not_passed",
    });
    expect(transition(accepted, { type: "to_step3", ground: "not_realised" }, "2027-05-02")).toEqual({
      ok: true,
      step: "step3",
    });
  });
  it("takes the step-2 ground 'niet gerealiseerd' whatever became of the plan, except while its own term runs", () => {
    for (const planStatus of ["awaited", "submitted", "rejected"] as const)
      expect(transition(step2({ planStatus }), { type: "to_step3", ground: "not_realised" }, today)).toEqual({
        ok: true,
        step: "step3",
      });
    const running = step2({ planStatus: "accepted", realisationDueOn: "2027-03-01" });
    expect(transition(running, { type: "to_step3", ground: "not_realised" }, today)).toEqual({
      ok: false,
      reason: "plan_deadline_not_passed",
    });
    // A step-1 ground is not one of step 2, and "niet opgeleverd" does not fit a plan that was delivered.
    expect(transition(step2(), { type: "to_step3", ground: "permanently_impossible" }, today)).toEqual({
      ok: false,
      reason: "ground_not_applicable",
    });
    expect(
      transition(step2({ planStatus: "submitted" }), { type: "to_step3", ground: "plan_not_delivered" }, "2027-03-01"),
    ).toEqual({ ok: false, reason: "plan_already_delivered" });
  });
  it("records a talk held today or earlier, never one to come", () => {
    expect(talkInFuture("2027-02-10", today)).toBe(false);
    expect(talkInFuture("2027-02-09", today)).toBe(false);
    expect(talkInFuture("2027-02-11", today)).toBe(true);
  });
  it("cannot skip step 1 or leave step 3 and resolved", () => {
    expect(transition(base, { type: "submit_plan" }, today)).toEqual({ ok: false, reason: "wrong_step" });
    expect(transition(base, { type: "reject_plan" }, today)).toEqual({ ok: false, reason: "wrong_step" });
    for (const step of ["step3", "resolved"] as const) {
      for (const type of ["hold_talk", "submit_plan", "accept_plan", "confirm_realised"] as const) {
        expect(transition({ ...base, step, planStatus: "submitted" }, { type }, today)).toEqual({
          ok: false,
          reason: "wrong_step",
        });
      }
    }
  });
});

describe("deadline arithmetic", () => {
  it("sets the plan two weeks after the talk by default", () => {
    expect(planDueDate("2027-02-01")).toBe("2027-02-15");
    expect(planDueDate("2027-12-24")).toBe("2028-01-07");
    expect(planDueDate("2028-02-20", 10)).toBe("2028-03-01");
    expect(addCalendarDays("2027-03-28", 1)).toBe("2027-03-29");
  });
  it("needs a reason for another term, within limits", () => {
    expect(planTermProblem(14, null)).toBeNull();
    expect(planTermProblem(7, null)).toBe("reason_required");
    expect(planTermProblem(7, "ernstig tekort, snel handelen")).toBeNull();
    expect(planTermProblem(0, "reden genoeg")).toBe("out_of_range");
    expect(planTermProblem(181, "reden genoeg")).toBe("out_of_range");
  });
  it("counts days left and days late", () => {
    expect(daysUntil("2027-02-15", "2027-02-10")).toBe(5);
    expect(daysUntil("2027-02-15", "2027-02-17")).toBe(-2);
  });
});
