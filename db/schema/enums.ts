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
