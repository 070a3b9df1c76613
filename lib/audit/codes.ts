import type { Action } from "@/lib/policy";

/**
 * Every action code the portal writes to the audit trail, besides the policy's own actions (a refused page
 * or form is recorded under the permission it asked for). Each one has a Dutch description in
 * `auditAction.*` of the message file; `tests/unit/audit/codes.test.ts` collects the codes written anywhere
 * in the source and fails when one is missing here or lacks its description.
 */
export const AUDIT_CODES = [
  "account.mfa_recovery_codes",
  "account.mfa_remove",
  "account.password_change",
  "agreement.create",
  "agreement.deliver",
  "agreement.request",
  "agreement.sample_check",
  "audit.export",
  "auth.email_verified",
  "auth.login",
  "auth.logout",
  "auth.mfa_enrol",
  "auth.mfa_verify",
  "auth.password_reset",
  "auth.password_reset_request",
  "auth.verification_resend",
  "comment.flag",
  "comment.hide",
  "comment.unhide",
  "consultation.approve_feedback",
  "consultation.attach",
  "consultation.close",
  "consultation.comment",
  "consultation.create",
  "consultation.export",
  "consultation.invite",
  "consultation.publish",
  "consultation.publish_feedback",
  "consultation.remind",
  "consultation.remove_attachment",
  "consultation.review_feedback",
  "consultation.save_feedback",
  "consultation.send_back_feedback",
  "consultation.start_response",
  "consultation.submit_feedback",
  "consultation.submit_response",
  "consultation.update",
  "contract.create",
  "contract.download",
  "contract.extend",
  "contract_report.submit",
  "document.download",
  "document.upload",
  "escalation.accept_plan",
  "escalation.hold_talk",
  "escalation.measures",
  "escalation.report_realisation",
  "escalation.resolve",
  "escalation.start",
  "escalation.submit_plan",
  "escalation.to_step3",
  "guidance.update",
  "kpi.create",
  "kpi.establish",
  "kpi.import_data",
  "kpi.import_results",
  "kpi.record_result",
  "kpi.respond",
  "meeting.cancel",
  "meeting.create",
  "meeting.edit",
  "meeting.invite",
  "meeting.record_attendance",
  "meeting.send_invitations",
  "membership.decide",
  "minutes.approve",
  "minutes.check_end",
  "minutes.end_check_early",
  "minutes.publish",
  "minutes.remark",
  "minutes.request_check",
  "minutes.review",
  "minutes.save",
  "minutes.send_back",
  "minutes.submit",
  "minutes.view_pdf",
  "minutes.view_published",
  "outbox.retry",
  "overlegtafel.exclusion_expire",
  "provider.set_contract",
  "public_figures.add",
  "public_figures.remove",
  "question.answer",
  "question.decline",
  "question.merge",
  "question.remind",
  "question.reopen",
  "question.set_period",
  "question_round.create",
  "question_round.publish",
  "seed.demo",
  "session.end_others",
  "size_indicators.confirm",
  "size_indicators.decide_class",
  "size_indicators.import",
  "size_indicators.submit",
  "size_thresholds.set",
  "table.change_member",
  "table.create",
  "table.exclude",
  "table.fix",
  "table.lift_exclusion",
  "table.propose",
  "table.replace",
  "table.withdraw",
  "trajectory.create",
  "trajectory.move_phase",
  "trajectory.unfollow",
  "trajectory.update",
  "trajectory.update_notes",
  "user.change_role",
  "user.disable",
  "user.enable",
  "user.mfa_reset",
  "user.notification_preferences",
  "user.register",
  "user.update_profile",
] as const;

/** The escalation ladder writes `escalation.<kind>` for each of its moves after the start. */
export type EscalationAuditKind =
  Extract<(typeof AUDIT_CODES)[number], `escalation.${string}`> extends `escalation.${infer K}`
    ? Exclude<K, "start">
    : never;

/** A code the audit trail may hold: one of the list above, or a policy action that was refused. */
export type AuditAction = (typeof AUDIT_CODES)[number] | Action;

/** Every code the audit trail may hold, for the filter of the audit view. */
export const allAuditActions = (actions: readonly Action[]): AuditAction[] =>
  [...new Set<AuditAction>([...AUDIT_CODES, ...actions])].sort();

/** Message keys cannot contain dots: "trajectory.move_phase" is described as "auditAction.trajectory_move_phase". */
export const auditActionKey = (action: string) => `auditAction.${action.replace(/\./g, "_")}`;

/** The kinds of object the audit trail names; each has a Dutch name in `auditObject.*`. */
export const AUDIT_OBJECT_TYPES = [
  "action",
  "audit_log",
  "comment",
  "consultation",
  "consultation_response",
  "consultation_table",
  "contract",
  "contract_document",
  "database",
  "document",
  "escalation",
  "kpi",
  "meeting",
  "outbox",
  "page",
  "performance_agreement",
  "phase_guidance",
  "provider",
  "region",
  "table_exclusion",
  "trajectory",
  "trajectory_phase",
  "user",
] as const;

/** The part of a code before its dot: the filter's "kind of action". */
export const auditCategory = (code: string) => code.split(".")[0] ?? code;

/**
 * What an administrator sees of the trail (need to know): accounts, sign-in and sessions, roles, memberships,
 * thresholds, the guidance and the outbox, which the administrator manages, and every refused page or form,
 * which is access control. The dialogue's content (trajectories, consultations, minutes, contracts) is not.
 */
export const SECURITY_CATEGORIES = [
  "account",
  "auth",
  "guidance",
  "membership",
  "outbox",
  "session",
  "size_thresholds",
  "user",
] as const;
export const SECURITY_OBJECT_TYPES = ["page", "action"] as const;
