export const ROLES = ["admin", "officer", "provider_member", "resident"] as const;
export type Role = (typeof ROLES)[number];
