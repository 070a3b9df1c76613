import { pgEnum } from "drizzle-orm/pg-core";
import { CARE_DOMAINS, LEGAL_STAGES, PHASES, PROCEDURE_TYPES } from "@/lib/trajectory/constants";
import { ROLES } from "@/lib/auth/roles";

export const roleEnum = pgEnum("role", ROLES);
export const phaseEnum = pgEnum("phase", PHASES);
export const careDomainEnum = pgEnum("care_domain", CARE_DOMAINS);
export const procedureTypeEnum = pgEnum("procedure_type", PROCEDURE_TYPES);
export const legalStageEnum = pgEnum("legal_stage", LEGAL_STAGES);
export const sizeClassEnum = pgEnum("size_class", ["large", "medium", "small"]);
export const membershipStatusEnum = pgEnum("membership_status", ["pending", "approved", "rejected"]);
export const councilKindEnum = pgEnum("council_kind", ["client_council", "wmo_council"]);
export const perspectiveEnum = pgEnum("perspective", ["municipality", "provider"]);
export const guidanceAspectEnum = pgEnum("guidance_aspect", ["topics", "decides", "whom", "organise"]);
export const visibilityEnum = pgEnum("visibility", ["internal", "public"]);
export const opennessEnum = pgEnum("consultation_openness", ["open", "closed"]);
export const consultationFormEnum = pgEnum("consultation_form", ["written", "oral"]);
export const interactionEnum = pgEnum("consultation_interaction", ["interactive", "non_interactive"]);
export const audienceEnum = pgEnum("consultation_audience", ["providers", "residents", "both"]);
export const consultationStateEnum = pgEnum("consultation_state", [
  "draft",
  "published",
  "open",
  "closed",
  "feedback_published",
]);
export const questionKindEnum = pgEnum("question_kind", ["open", "single", "multiple", "scale"]);
export const responseStatusEnum = pgEnum("response_status", ["draft", "submitted"]);
export const meetingKindEnum = pgEnum("meeting_kind", ["one_to_one", "plenary", "table"]);
export const attendanceEnum = pgEnum("attendance", ["present", "absent_with_reason", "absent_without_reason"]);
export const minutesStatusEnum = pgEnum("minutes_status", ["draft", "in_review", "approved"]);
export const minutesAudienceEnum = pgEnum("minutes_audience", ["trajectory", "invitees"]);
