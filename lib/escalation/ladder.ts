import { addDays, daysBetween } from "@/lib/time/calendar-day";

/**
 * The escalation ladder of source 002 as a state machine. Step 1: the municipality signals the
 * shortfall and holds the escalation talk. Step 2: the provider delivers an improvement plan (two
 * weeks by default), which is assessed and then realised. Step 3: attributable shortcoming, the
 * provider is in default. The ladder ends at "resolved" when the improvement is realised.
 */
export const STEPS = ["step1", "step2", "step3", "resolved"] as const;
export type Step = (typeof STEPS)[number];

export const SHORTFALL_SOURCES = ["kpi", "performance_agreement", "sample_check", "other"] as const;
export type ShortfallSource = (typeof SHORTFALL_SOURCES)[number];

/** Grounds the source gives to go straight from the talk (step 1) to step 3. */
export const SHORTCUT_GROUNDS = ["cannot_improve_in_time", "permanently_impossible"] as const;
/** Grounds for step 3 during step 2. */
export const STEP2_FAILURE_GROUNDS = ["plan_insufficient", "plan_not_delivered", "not_realised"] as const;
export type Step3Ground = (typeof SHORTCUT_GROUNDS)[number] | (typeof STEP2_FAILURE_GROUNDS)[number];
export const STEP3_GROUNDS = [...SHORTCUT_GROUNDS, ...STEP2_FAILURE_GROUNDS] as const;

export const PLAN_STATUSES = ["awaited", "submitted", "accepted", "rejected"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export type LadderState = {
  step: Step;
  planStatus: PlanStatus;
  planDueOn: string | null;
  realisationDueOn: string | null;
  realisationReportedAt: Date | null;
};

export type LadderEvent =
  | { type: "hold_talk" }
  | { type: "submit_plan" }
  | { type: "accept_plan" }
  | { type: "reject_plan" }
  | { type: "report_realisation" }
  | { type: "confirm_realised" }
  | { type: "to_step3"; ground: Step3Ground | null };

export type Refusal =
  | "wrong_step"
  | "ground_required"
  | "ground_not_applicable"
  | "plan_not_submitted"
  | "plan_already_assessed"
  | "plan_already_delivered"
  | "plan_deadline_not_passed"
  | "realisation_not_reported";

export type Outcome = { ok: true; step: Step } | { ok: false; reason: Refusal };

const ok = (step: Step): Outcome => ({ ok: true, step });
const no = (reason: Refusal): Outcome => ({ ok: false, reason });

/** Which move is allowed from which state; `today` is the Dutch calendar day. */
export function transition(state: LadderState, event: LadderEvent, today: string): Outcome {
  const { step, planStatus } = state;
  if (step === "step3" || step === "resolved") return no("wrong_step");
  switch (event.type) {
    case "hold_talk":
      return step === "step1" ? ok("step2") : no("wrong_step");
    case "submit_plan":
      if (step !== "step2") return no("wrong_step");
      return planStatus === "awaited" || planStatus === "submitted" ? ok("step2") : no("plan_already_assessed");
    case "accept_plan":
      if (step !== "step2") return no("wrong_step");
      return planStatus === "submitted" ? ok("step2") : no("plan_not_submitted");
    case "reject_plan":
      if (step !== "step2") return no("wrong_step");
      return planStatus === "submitted" ? ok("step3") : no("plan_not_submitted");
    case "report_realisation":
      if (step !== "step2") return no("wrong_step");
      return planStatus === "accepted" ? ok("step2") : no("plan_not_submitted");
    case "confirm_realised":
      if (step !== "step2" || planStatus !== "accepted") return no("wrong_step");
      return state.realisationReportedAt ? ok("resolved") : no("realisation_not_reported");
    case "to_step3":
      return toStep3(state, event.ground, today);
  }
}

function toStep3(state: LadderState, ground: Step3Ground | null, today: string): Outcome {
  if (!ground) return no("ground_required");
  if (state.step === "step1")
    return (SHORTCUT_GROUNDS as readonly string[]).includes(ground) ? ok("step3") : no("ground_not_applicable");
  switch (ground) {
    case "plan_insufficient":
      return state.planStatus === "submitted" ? ok("step3") : no("plan_not_submitted");
    case "plan_not_delivered":
      if (state.planStatus !== "awaited") return no("plan_already_delivered");
      return state.planDueOn !== null && today > state.planDueOn ? ok("step3") : no("plan_deadline_not_passed");
    case "not_realised":
      // Source 002, step 2: the improvements agreed in the talk are realised by the date in its letter; an
      // improvement plan that is implemented insufficiently or gives insufficient results leads to step 3 as well.
      // Only an accepted plan whose own realisation term still runs, without a report yet, is waited for.
      if (state.planStatus !== "accepted" || state.realisationReportedAt) return ok("step3");
      return state.realisationDueOn !== null && today > state.realisationDueOn
        ? ok("step3")
        : no("plan_deadline_not_passed");
    default:
      return no("ground_not_applicable");
  }
}

/**
 * The escalation talk is recorded once it was held: its date is today or earlier, never a day to come (the
 * letter says the talk took place on that day).
 */
export const talkInFuture = (talkOn: string, today: string): boolean => talkOn > today;

/** Steps that can be chosen to start a ladder: only step 1 — step 2 and 3 follow from the talk. */
export const canStartAt = (step: Step) => step === "step1";

/**
 * The improvement plan is due two weeks after the escalation talk, unless the municipality reasonably sets another
 * term.
 */
export const DEFAULT_PLAN_TERM_DAYS = 14;
export const MIN_TERM_DAYS = 1;
export const MAX_TERM_DAYS = 180;

export type TermProblem = "out_of_range" | "reason_required" | null;

export function planTermProblem(days: number, reason: string | null): TermProblem {
  if (!Number.isInteger(days) || days < MIN_TERM_DAYS || days > MAX_TERM_DAYS) return "out_of_range";
  if (days !== DEFAULT_PLAN_TERM_DAYS && !(reason && reason.trim().length >= 5)) return "reason_required";
  return null;
}

/** Calendar-day arithmetic on "YYYY-MM-DD". */
export function addCalendarDays(day: string, days: number): string {
  return addDays(day, days);
}

export function planDueDate(talkOn: string, days = DEFAULT_PLAN_TERM_DAYS): string {
  return addCalendarDays(talkOn, days);
}

/** Days left until a deadline (negative when passed), for "nog 3 dagen" / "2 dagen te laat". */
export function daysUntil(deadline: string, today: string): number {
  return daysBetween(today, deadline);
}
