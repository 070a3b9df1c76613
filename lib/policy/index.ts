import { speakingFor, type Actor } from "@/lib/auth/actor";
import { consultationAccess, type ConsultationAccessInput } from "@/lib/consultation/access";
import { mayAsk, ownsQuestion, type AskResource } from "@/lib/questions/access";
import { mayAskAboutTrajectory, type TrajectoryAskResource } from "@/lib/questions/trajectory-access";
import { isIndependentReviewer } from "@/lib/review/four-eyes";

type Visibility = "internal" | "public";
type ConsultationResource = ConsultationAccessInput & { hasSubmitted: boolean };

/** Every action the portal knows, with the resource it is judged against. */
export type ResourceOf = {
  "officer_workspace.enter": undefined;
  "trajectory.view": { visibility: Visibility };
  "trajectory.follow": { visibility: Visibility };
  "trajectory.list_all": undefined;
  "trajectory.create": undefined;
  "trajectory.update": undefined;
  "trajectory.move_phase": undefined;
  "trajectory.edit_notes": undefined;
  "trajectory.view_audit": undefined;
  "audit.view": { scope: "all" | "security" };
  "audit.export": { scope: "all" | "security" };
  "public_figures.manage": undefined;
  "document.upload": undefined;
  "document.download": { isPublic: boolean; visibility: Visibility };
  "guidance.edit": undefined;
  "user.list": undefined;
  "user.manage": { userId: string };
  "membership.decide": undefined;
  "provider.view_members": { providerId: string };
  "provider.act_for": { providerId: string };
  "profile.update": { userId: string };
  "account.view": undefined;
  "session.list_own": undefined;
  "session.end_own": undefined;
  "outbox.read": undefined;
  "outbox.retry": undefined;
  "consultation.administer": undefined;
  "consultation.view": ConsultationResource;
  "consultation.respond": ConsultationResource;
  "consultation.read_others": ConsultationResource;
  "consultation.comment": ConsultationResource;
  "consultation.manage": ConsultationResource;
  "question.ask": AskResource;
  "question.ask_trajectory": TrajectoryAskResource;
  "question.view_own": { askedBy: string; providerId: string | null };
  "question.administer": undefined;
  "question_round.review": { submittedBy: string | null; touchedBy: readonly string[] };
  "question_round.view_published": ConsultationResource;
  "comment.edit": ConsultationResource & { authorId: string; hidden: boolean };
  "response.read": ConsultationResource & { providerId: string | null; userId: string | null; submitted: boolean };
  "meeting.administer": undefined;
  "meeting.view": { invited: boolean };
  "meeting.reply": { invited: boolean; ended: boolean };
  "minutes.edit": undefined;
  "minutes.view_original": undefined;
  "minutes.review": { submittedBy: string | null; touchedBy: readonly string[] };
  "feedback.review": { submittedBy: string | null; touchedBy: readonly string[] };
  "minutes.check": { invited: boolean; checkOpen: boolean };
  "minutes.view_published": { visibility: Visibility; involved: boolean };
  "table.list_all": undefined;
  "table.administer": undefined;
  "table.view": { relevant: boolean };
  "table.list_own": undefined;
  "size_indicators.submit_own": undefined;
  "size_indicators.confirm": undefined;
  "size_thresholds.set": undefined;
  "contract.administer": undefined;
  "contract.view": { providerId: string };
  "contract.list_own": undefined;
  "contract.download": { providerId: string };
  "kpi.respond": { providerId: string; established: boolean };
  "escalation.submit": { providerId: string };
  "agreement.deliver": { providerId: string };
  "agreement.request_interim": { interimOnRequest: boolean; openRequest: boolean };
  "agreement.deliver_interim": { providerId: string; open: boolean };
  "contract_report.submit": { providerId: string };
  "execution.dashboard": undefined;
  "provider_contract.set": undefined;
};
export type Action = keyof ResourceOf;

const isOfficer = (a: Actor | null) => a?.role === "officer";
const isAdmin = (a: Actor | null) => a?.role === "admin";
const isStaff = (a: Actor | null) => isOfficer(a) || isAdmin(a);
const speaksFor = (a: Actor | null, providerId: string) => speakingFor(a) === providerId;

type Rule<A extends Action> = (actor: Actor | null, resource: ResourceOf[A]) => boolean;

/**
 * The one place that answers "may this actor do this to that?". Default deny: an action
 * without a rule is refused. Pages, server actions and route handlers all ask here.
 */
const RULES: { [A in Action]: Rule<A> } = {
  // Need to know: the administrator manages accounts, roles, thresholds and the outbox. The content of
  // the dialogue (internal trajectories, closed consultations, responses, minutes, contracts) is for
  // the municipality's officers; an administrator sees of it what any visitor sees.
  "officer_workspace.enter": (a) => isOfficer(a),
  "trajectory.view": (a, r) => r.visibility === "public" || isOfficer(a),
  // Residents, council members and providers follow public trajectories; staff see everything already.
  "trajectory.follow": (a, r) => a !== null && !isStaff(a) && r.visibility === "public",
  "trajectory.list_all": (a) => isOfficer(a),
  "trajectory.create": (a) => isOfficer(a),
  "trajectory.update": (a) => isOfficer(a),
  "trajectory.move_phase": (a) => isOfficer(a),
  "trajectory.edit_notes": (a) => isOfficer(a),
  "trajectory.view_audit": (a) => isOfficer(a),
  // The whole trail: officers, who answer for the dialogue. The administrator manages accounts, roles,
  // thresholds, the guidance and the outbox, so needs their events and refused access (BIO: review of
  // access), but not the dialogue's content, which the trail describes in its details ("security" scope).
  "audit.view": (a, r) => isOfficer(a) || (isAdmin(a) && r.scope === "security"),
  "audit.export": (a, r) => isOfficer(a) || (isAdmin(a) && r.scope === "security"),
  "public_figures.manage": (a) => isOfficer(a),
  "document.upload": (a) => isOfficer(a),
  "document.download": (a, r) => isOfficer(a) || (r.isPublic && r.visibility === "public"),
  "guidance.edit": (a) => isStaff(a),
  "user.list": (a) => isAdmin(a),
  "user.manage": (a, r) => isAdmin(a) && a?.id !== r.userId,
  "membership.decide": (a) => isStaff(a),
  "provider.view_members": (a, r) => isStaff(a) || speaksFor(a, r.providerId),
  "provider.act_for": (a, r) => speaksFor(a, r.providerId),
  "profile.update": (a, r) => a !== null && a.id === r.userId,
  "account.view": (a) => a !== null,
  // Everyone signed in sees and ends their own sessions; nobody sees another account's.
  "session.list_own": (a) => a !== null,
  "session.end_own": (a) => a !== null,
  "outbox.read": (a) => isAdmin(a),
  // Sending a dead-lettered message again.
  "outbox.retry": (a) => isAdmin(a),
  // Creating, publishing, inviting, closing, exporting and moderating consultations.
  "consultation.administer": (a) => isOfficer(a),
  "consultation.view": (a, r) => consultationAccess(a, r, r).see,
  "consultation.respond": (a, r) => consultationAccess(a, r, r).respond,
  "consultation.read_others": (a, r) => consultationAccess(a, r, r).readOthers,
  "consultation.comment": (a, r) => consultationAccess(a, r, r).comment,
  "consultation.manage": (a, r) => consultationAccess(a, r, r).manage,
  // Questions and answers (nota van inlichtingen): what an asker typed reaches the asker and officers only.
  "question.ask": (a, r) => mayAsk(a, r),
  // About a public trajectory as a whole, in its analysis and choices phases (not tied to a consultation).
  "question.ask_trajectory": (a, r) => mayAskAboutTrajectory(a, r),
  "question.view_own": (a, r) => isOfficer(a) || ownsQuestion(a, r),
  "question.administer": (a) => isOfficer(a),
  // Four eyes: nobody who composed, wrote, redacted or submitted the round approves it.
  "question_round.review": (a, r) => isOfficer(a) && isIndependentReviewer(a?.id, r),
  // A published round is for everyone who may see the consultation: public for an open one.
  "question_round.view_published": (a, r) => consultationAccess(a, r, r).see,
  // A response (and its attachments): the officers, its own organisation or council member, and in an
  // interactive consultation the other respondents once it is submitted.
  "response.read": (a, r) => {
    const access = consultationAccess(a, r, r);
    const own = r.providerId ? speaksFor(a, r.providerId) : r.userId !== null && a?.id === r.userId;
    return access.manage || (access.see && own) || (access.see && access.readOthers && r.submitted);
  },
  // One's own comment, while one may still comment there; a hidden comment stays as the moderator left it.
  "comment.edit": (a, r) => a !== null && a.id === r.authorId && !r.hidden && consultationAccess(a, r, r).comment,
  "meeting.administer": (a) => isOfficer(a),
  "meeting.view": (a, r) => isOfficer(a) || (a !== null && r.invited),
  // An invitee accepts or declines until the meeting has ended; the municipality's own staff do not reply.
  "meeting.reply": (a, r) => a !== null && !isStaff(a) && r.invited && !r.ended,
  // Minutes hold the unredacted original: officers of the municipality only.
  "minutes.edit": (a) => isOfficer(a),
  "minutes.view_original": (a) => isOfficer(a),
  // Four eyes: nobody who wrote, redacted or submitted the working copy since the last publication approves it.
  "minutes.review": (a, r) => isOfficer(a) && isIndependentReviewer(a?.id, r),
  // Consultation feedback leaves the municipality like minutes: the same four eyes.
  "feedback.review": (a, r) => isOfficer(a) && isIndependentReviewer(a?.id, r),
  "minutes.check": (a, r) => a !== null && !isStaff(a) && r.invited && r.checkOpen,
  "minutes.view_published": (a, r) => isOfficer(a) || r.visibility === "public" || (a !== null && r.involved),
  // Consultation tables: officers compose them; a provider sees the tables relevant to it.
  "table.list_all": (a) => isOfficer(a),
  "table.administer": (a) => isOfficer(a),
  "table.view": (a, r) => isOfficer(a) || (speakingFor(a) !== null && r.relevant),
  "table.list_own": (a) => speakingFor(a) !== null,
  "size_indicators.submit_own": (a) => speakingFor(a) !== null,
  "size_indicators.confirm": (a) => isOfficer(a),
  "size_thresholds.set": (a) => isAdmin(a),
  // Execution phase: the municipality manages contracts; a provider sees and answers for its own only.
  "contract.administer": (a) => isOfficer(a),
  "contract.view": (a, r) => isOfficer(a) || speaksFor(a, r.providerId),
  "contract.list_own": (a) => speakingFor(a) !== null,
  "contract.download": (a, r) => isOfficer(a) || speaksFor(a, r.providerId),
  // Results can be answered until they are established (1 April of the next year).
  "kpi.respond": (a, r) => speaksFor(a, r.providerId) && !r.established,
  "escalation.submit": (a, r) => speaksFor(a, r.providerId),
  "agreement.deliver": (a, r) => speaksFor(a, r.providerId),
  // An interim report (source 002: the complaints report, "zo nodig tussentijds op aanvraag"): the officer asks,
  // one open request per agreement at a time; the provider answers an open request on its own contract.
  "agreement.request_interim": (a, r) => isOfficer(a) && r.interimOnRequest && !r.openRequest,
  "agreement.deliver_interim": (a, r) => speaksFor(a, r.providerId) && r.open,
  "contract_report.submit": (a, r) => speaksFor(a, r.providerId),
  "execution.dashboard": (a) => isOfficer(a),
  "provider_contract.set": (a) => isOfficer(a),
};

export function can<A extends Action>(
  actor: Actor | null,
  action: A,
  ...resource: ResourceOf[A] extends undefined ? [] : [ResourceOf[A]]
): boolean {
  const rule = RULES[action] as Rule<A> | undefined;
  if (!rule) return false;
  return rule(actor, resource[0] as ResourceOf[A]);
}

export const ACTIONS = Object.keys(RULES) as Action[];
