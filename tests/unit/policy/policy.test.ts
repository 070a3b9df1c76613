import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ACTIONS, can, type Action } from "@/lib/policy";

// The table mixes actions, so it calls the policy without the per-action resource typing.
const canAny = can as (actor: Actor | null, action: Action, resource?: unknown) => boolean;

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const actor = (role: Actor["role"], extra: Partial<Actor> = {}): Actor => ({
  id: `id-${role}`,
  name: role,
  email: `${role}@example.nl`,
  role,
  providerId: null,
  membershipStatus: null,
  councilId: null,
  ...extra,
});

const ACTORS = {
  anonymous: null,
  admin: actor("admin"),
  officer: actor("officer"),
  providerA: actor("provider_member", { providerId: A, membershipStatus: "approved" }),
  pendingA: actor("provider_member", { id: "id-pending", providerId: A, membershipStatus: "pending" }),
  resident: actor("resident"),
  council: actor("resident", { id: "id-council", councilId: "c1" }),
} as const;
type Who = keyof typeof ACTORS;
const OPEN_CONSULTATION = {
  openness: "open",
  interaction: "interactive",
  audience: "both",
  state: "open",
  invited: false,
  hasSubmitted: true,
} as const;
const WHO = Object.keys(ACTORS) as Who[];

/** Who may do what; every role appears in every row. */
const TABLE: Array<{ action: Action; resource?: unknown; allowed: Who[] }> = [
  { action: "officer_workspace.enter", allowed: ["officer"] },
  { action: "trajectory.view", resource: { visibility: "public" }, allowed: WHO },
  { action: "trajectory.view", resource: { visibility: "internal" }, allowed: ["officer"] },
  { action: "trajectory.list_all", allowed: ["officer"] },
  { action: "trajectory.create", allowed: ["officer"] },
  { action: "trajectory.update", allowed: ["officer"] },
  { action: "trajectory.move_phase", allowed: ["officer"] },
  { action: "trajectory.edit_notes", allowed: ["officer"] },
  { action: "trajectory.view_audit", allowed: ["officer"] },
  { action: "audit.view", resource: { scope: "all" }, allowed: ["officer"] },
  { action: "audit.view", resource: { scope: "security" }, allowed: ["admin", "officer"] },
  { action: "audit.export", resource: { scope: "all" }, allowed: ["officer"] },
  { action: "audit.export", resource: { scope: "security" }, allowed: ["admin", "officer"] },
  { action: "public_figures.manage", allowed: ["officer"] },
  { action: "document.upload", allowed: ["officer"] },
  { action: "document.download", resource: { isPublic: true, visibility: "public" }, allowed: WHO },
  { action: "document.download", resource: { isPublic: false, visibility: "public" }, allowed: ["officer"] },
  { action: "document.download", resource: { isPublic: true, visibility: "internal" }, allowed: ["officer"] },
  { action: "guidance.edit", allowed: ["admin", "officer"] },
  { action: "user.list", allowed: ["admin"] },
  { action: "user.manage", resource: { userId: "someone-else" }, allowed: ["admin"] },
  { action: "user.manage", resource: { userId: "id-admin" }, allowed: [] },
  { action: "membership.decide", allowed: ["admin", "officer"] },
  { action: "provider.view_members", resource: { providerId: A }, allowed: ["admin", "officer", "providerA"] },
  { action: "provider.view_members", resource: { providerId: B }, allowed: ["admin", "officer"] },
  { action: "provider.act_for", resource: { providerId: A }, allowed: ["providerA"] },
  { action: "provider.act_for", resource: { providerId: B }, allowed: [] },
  { action: "profile.update", resource: { userId: "id-resident" }, allowed: ["resident"] },
  // Consultation rules are tested in full in tests/unit/consultation/access.test.ts; here one open case each.
  { action: "consultation.administer", allowed: ["officer"] },
  { action: "outbox.read", allowed: ["admin"] },
  { action: "outbox.retry", allowed: ["admin"] },
  { action: "consultation.view", resource: OPEN_CONSULTATION, allowed: WHO },
  { action: "consultation.respond", resource: OPEN_CONSULTATION, allowed: ["providerA", "council"] },
  {
    action: "consultation.read_others",
    resource: OPEN_CONSULTATION,
    allowed: ["officer", "providerA", "resident", "council"],
  },
  { action: "consultation.comment", resource: OPEN_CONSULTATION, allowed: ["providerA", "resident", "council"] },
  {
    action: "meeting.reply",
    resource: { invited: true, ended: false },
    allowed: ["providerA", "pendingA", "resident", "council"],
  },
  { action: "meeting.reply", resource: { invited: true, ended: true }, allowed: [] },
  { action: "meeting.reply", resource: { invited: false, ended: false }, allowed: [] },
  {
    action: "trajectory.follow",
    resource: { visibility: "public" },
    allowed: ["providerA", "pendingA", "resident", "council"],
  },
  { action: "trajectory.follow", resource: { visibility: "internal" }, allowed: [] },
  {
    action: "response.read",
    resource: { ...OPEN_CONSULTATION, providerId: A, userId: null, submitted: false },
    allowed: ["officer", "providerA"],
  },
  // Submitted in an interactive consultation: whoever may read the others' responses reads it too.
  {
    action: "response.read",
    resource: { ...OPEN_CONSULTATION, providerId: B, userId: null, submitted: true },
    allowed: ["officer", "providerA", "resident", "council"],
  },
  {
    action: "response.read",
    resource: { ...OPEN_CONSULTATION, interaction: "non_interactive", providerId: B, userId: null, submitted: true },
    allowed: ["officer"],
  },
  {
    action: "response.read",
    resource: { ...OPEN_CONSULTATION, providerId: null, userId: "id-council", submitted: false },
    allowed: ["officer", "council"],
  },
  { action: "consultation.manage", resource: OPEN_CONSULTATION, allowed: ["officer"] },
  // Only the author edits, only while commenting is open to them, never a hidden comment.
  {
    action: "comment.edit",
    resource: { ...OPEN_CONSULTATION, authorId: "id-resident", hidden: false },
    allowed: ["resident"],
  },
  { action: "comment.edit", resource: { ...OPEN_CONSULTATION, authorId: "id-resident", hidden: true }, allowed: [] },
  {
    action: "comment.edit",
    resource: { ...OPEN_CONSULTATION, state: "closed", authorId: "id-resident", hidden: false },
    allowed: [],
  },
  { action: "comment.edit", resource: { ...OPEN_CONSULTATION, authorId: "id-officer", hidden: false }, allowed: [] },
  {
    action: "consultation.view",
    resource: { ...OPEN_CONSULTATION, openness: "closed" },
    allowed: ["officer"],
  },
  { action: "meeting.administer", allowed: ["officer"] },
  { action: "meeting.view", resource: { invited: false }, allowed: ["officer"] },
  {
    action: "meeting.view",
    resource: { invited: true },
    allowed: ["admin", "officer", "providerA", "pendingA", "resident", "council"],
  },
  { action: "minutes.edit", allowed: ["officer"] },
  { action: "minutes.view_original", allowed: ["officer"] },
  // Questions and answers during a consultation.
  {
    action: "question.ask",
    resource: { ...OPEN_CONSULTATION, periodOpen: true },
    allowed: ["providerA", "resident", "council"],
  },
  { action: "question.ask", resource: { ...OPEN_CONSULTATION, periodOpen: false }, allowed: [] },
  { action: "question.ask", resource: { ...OPEN_CONSULTATION, state: "closed", periodOpen: true }, allowed: [] },
  {
    action: "question.ask",
    resource: { ...OPEN_CONSULTATION, audience: "providers", periodOpen: true },
    allowed: ["providerA"],
  },
  {
    action: "question.ask",
    resource: { ...OPEN_CONSULTATION, audience: "residents", periodOpen: true },
    allowed: ["resident", "council"],
  },
  // A closed consultation takes questions only from those invited.
  {
    action: "question.ask",
    resource: { ...OPEN_CONSULTATION, openness: "closed", invited: false, periodOpen: true },
    allowed: [],
  },
  {
    action: "question.ask",
    resource: { ...OPEN_CONSULTATION, openness: "closed", invited: true, periodOpen: true },
    allowed: ["providerA", "resident", "council"],
  },
  // Questions about a trajectory as a whole: public, in the analysis or choices phase, during its period.
  {
    action: "question.ask_trajectory",
    resource: { visibility: "public", phase: "analysis", periodOpen: true },
    allowed: ["providerA", "resident", "council"],
  },
  {
    action: "question.ask_trajectory",
    resource: { visibility: "public", phase: "choices", periodOpen: true },
    allowed: ["providerA", "resident", "council"],
  },
  {
    action: "question.ask_trajectory",
    resource: { visibility: "public", phase: "strategic_goals", periodOpen: true },
    allowed: [],
  },
  {
    action: "question.ask_trajectory",
    resource: { visibility: "public", phase: "execution", periodOpen: true },
    allowed: [],
  },
  {
    action: "question.ask_trajectory",
    resource: { visibility: "internal", phase: "analysis", periodOpen: true },
    allowed: [],
  },
  {
    action: "question.ask_trajectory",
    resource: { visibility: "public", phase: "choices", periodOpen: false },
    allowed: [],
  },
  // The organisation follows its questions; the pending member does not speak for it yet.
  {
    action: "question.view_own",
    resource: { askedBy: "id-someone", providerId: A },
    allowed: ["officer", "providerA"],
  },
  { action: "question.view_own", resource: { askedBy: "id-someone", providerId: B }, allowed: ["officer"] },
  {
    action: "question.view_own",
    resource: { askedBy: "id-resident", providerId: null },
    allowed: ["officer", "resident"],
  },
  { action: "question.administer", allowed: ["officer"] },
  { action: "question_round.review", resource: { submittedBy: "id-someone", touchedBy: [] }, allowed: ["officer"] },
  { action: "question_round.review", resource: { submittedBy: "id-officer", touchedBy: [] }, allowed: [] },
  { action: "question_round.review", resource: { submittedBy: null, touchedBy: [] }, allowed: [] },
  // Redacting or writing an answer counts as touching the round.
  { action: "question_round.review", resource: { submittedBy: "id-someone", touchedBy: ["id-officer"] }, allowed: [] },
  { action: "question_round.view_published", resource: OPEN_CONSULTATION, allowed: WHO },
  {
    action: "question_round.view_published",
    resource: { ...OPEN_CONSULTATION, openness: "closed", invited: false },
    allowed: ["officer"],
  },
  {
    action: "question_round.view_published",
    resource: { ...OPEN_CONSULTATION, openness: "closed", invited: true },
    allowed: ["officer", "providerA", "pendingA", "resident", "council"],
  },
  {
    action: "minutes.review",
    resource: { submittedBy: "id-someone", touchedBy: ["id-someone"] },
    allowed: ["officer"],
  },
  { action: "minutes.review", resource: { submittedBy: "id-officer", touchedBy: [] }, allowed: [] },
  { action: "minutes.review", resource: { submittedBy: null, touchedBy: [] }, allowed: [] },
  // A wrote, B only submitted: A may not approve.
  { action: "minutes.review", resource: { submittedBy: "id-someone", touchedBy: ["id-officer"] }, allowed: [] },
  {
    action: "feedback.review",
    resource: { submittedBy: "id-someone", touchedBy: ["id-someone"] },
    allowed: ["officer"],
  },
  { action: "feedback.review", resource: { submittedBy: "id-officer", touchedBy: [] }, allowed: [] },
  { action: "feedback.review", resource: { submittedBy: null, touchedBy: [] }, allowed: [] },
  { action: "feedback.review", resource: { submittedBy: "id-someone", touchedBy: ["id-officer"] }, allowed: [] },
  {
    action: "minutes.check",
    resource: { invited: true, checkOpen: true },
    allowed: ["providerA", "pendingA", "resident", "council"],
  },
  { action: "minutes.check", resource: { invited: true, checkOpen: false }, allowed: [] },
  { action: "minutes.check", resource: { invited: false, checkOpen: true }, allowed: [] },
  { action: "minutes.view_published", resource: { visibility: "public", involved: false }, allowed: WHO },
  {
    action: "minutes.view_published",
    resource: { visibility: "internal", involved: false },
    allowed: ["officer"],
  },
  {
    action: "minutes.view_published",
    resource: { visibility: "internal", involved: true },
    allowed: ["admin", "officer", "providerA", "pendingA", "resident", "council"],
  },
  { action: "table.list_all", allowed: ["officer"] },
  { action: "table.administer", allowed: ["officer"] },
  { action: "table.view", resource: { relevant: true }, allowed: ["officer", "providerA"] },
  { action: "table.view", resource: { relevant: false }, allowed: ["officer"] },
  { action: "table.list_own", allowed: ["providerA"] },
  { action: "size_indicators.submit_own", allowed: ["providerA"] },
  { action: "size_indicators.confirm", allowed: ["officer"] },
  { action: "size_thresholds.set", allowed: ["admin"] },
  { action: "contract.administer", allowed: ["officer"] },
  { action: "contract.view", resource: { providerId: A }, allowed: ["officer", "providerA"] },
  { action: "contract.view", resource: { providerId: B }, allowed: ["officer"] },
  { action: "contract.list_own", allowed: ["providerA"] },
  { action: "contract.download", resource: { providerId: A }, allowed: ["officer", "providerA"] },
  { action: "contract.download", resource: { providerId: B }, allowed: ["officer"] },
  { action: "kpi.respond", resource: { providerId: A, established: false }, allowed: ["providerA"] },
  { action: "kpi.respond", resource: { providerId: A, established: true }, allowed: [] },
  { action: "kpi.respond", resource: { providerId: B, established: false }, allowed: [] },
  { action: "escalation.submit", resource: { providerId: A }, allowed: ["providerA"] },
  { action: "escalation.submit", resource: { providerId: B }, allowed: [] },
  { action: "agreement.deliver", resource: { providerId: A }, allowed: ["providerA"] },
  { action: "agreement.deliver", resource: { providerId: B }, allowed: [] },
  {
    action: "agreement.request_interim",
    resource: { interimOnRequest: true, openRequest: false },
    allowed: ["officer"],
  },
  { action: "agreement.request_interim", resource: { interimOnRequest: true, openRequest: true }, allowed: [] },
  { action: "agreement.request_interim", resource: { interimOnRequest: false, openRequest: false }, allowed: [] },
  { action: "agreement.deliver_interim", resource: { providerId: A, open: true }, allowed: ["providerA"] },
  { action: "agreement.deliver_interim", resource: { providerId: A, open: false }, allowed: [] },
  { action: "agreement.deliver_interim", resource: { providerId: B, open: true }, allowed: [] },
  { action: "contract_report.submit", resource: { providerId: A }, allowed: ["providerA"] },
  { action: "contract_report.submit", resource: { providerId: B }, allowed: [] },
  { action: "execution.dashboard", allowed: ["officer"] },
  { action: "provider_contract.set", allowed: ["officer"] },
  { action: "account.view", allowed: ["admin", "officer", "providerA", "pendingA", "resident", "council"] },
  { action: "session.list_own", allowed: ["admin", "officer", "providerA", "pendingA", "resident", "council"] },
  { action: "session.end_own", allowed: ["admin", "officer", "providerA", "pendingA", "resident", "council"] },
];

describe("policy: role × action × resource", () => {
  for (const row of TABLE) {
    for (const who of WHO) {
      const expected = row.allowed.includes(who);
      const on = row.resource ? JSON.stringify(row.resource) : "";
      it(`${who} ${expected ? "may" : "may not"} ${row.action} ${on}`, () => {
        expect(canAny(ACTORS[who], row.action, row.resource)).toBe(expected);
      });
    }
  }

  it("gives the administrator accounts, roles, thresholds, guidance and the outbox, and no dialogue content", () => {
    const adminMay = [...new Set(TABLE.filter((r) => r.allowed.includes("admin")).map((r) => r.action))].sort();
    // The audit trail's security part only (its "security" scope): see the rows of audit.view and audit.export.
    expect(adminMay).toEqual([
      "account.view",
      "audit.export",
      "audit.view",
      "consultation.view",
      "document.download",
      "guidance.edit",
      "meeting.view",
      "membership.decide",
      "minutes.view_published",
      "outbox.read",
      "outbox.retry",
      "provider.view_members",
      "question_round.view_published",
      "session.end_own",
      "session.list_own",
      "size_thresholds.set",
      "trajectory.view",
      "user.list",
      "user.manage",
    ]);
    // Those content rows are only the public or invited cases every visitor has; the rest is for officers.
    const contentOnlyForOfficers = TABLE.filter(
      (r) => r.allowed.includes("officer") && !r.allowed.includes("admin") && r.allowed.length > 0,
    ).map((r) => r.action);
    for (const action of [
      "trajectory.view",
      "trajectory.view_audit",
      "document.download",
      "consultation.view",
      "consultation.read_others",
      "minutes.view_published",
      "minutes.view_original",
      "table.view",
      "contract.view",
      "execution.dashboard",
    ] as const) {
      expect(contentOnlyForOfficers).toContain(action);
    }
  });

  it("covers every action the policy knows", () => {
    expect([...new Set(TABLE.map((r) => r.action))].sort()).toEqual([...ACTIONS].sort());
  });

  it("denies an action it does not know", () => {
    expect(canAny(ACTORS.admin, "no.such_action" as Action)).toBe(false);
  });
});
