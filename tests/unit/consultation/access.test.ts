import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { consultationAccess, type ConsultationAccess } from "@/lib/consultation/access";
import type { Interaction, Openness } from "@/lib/consultation/constants";

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
const WHO = {
  anonymous: null,
  officer: actor("officer"),
  admin: actor("admin"),
  provider: actor("provider_member", { providerId: "p1", membershipStatus: "approved" }),
  pendingProvider: actor("provider_member", { providerId: "p1", membershipStatus: "pending" }),
  resident: actor("resident"),
  council: actor("resident", { councilId: "c1" }),
} as const;
type Who = keyof typeof WHO;

type Row = [Openness, Interaction, boolean /* invited */, Who, Partial<ConsultationAccess>];
const none = { see: false, respond: false, readOthers: false, comment: false, manage: false };

/** Audience "both", state open, the actor has submitted (so interactive reading applies). */
const TABLE: Row[] = [];
for (const openness of ["open", "closed"] as const) {
  for (const interaction of ["interactive", "non_interactive"] as const) {
    for (const invited of [true, false]) {
      const hidden = openness === "closed" && !invited;
      const reads = interaction === "interactive";
      const rows: Array<[Who, Partial<ConsultationAccess>]> = [
        ["officer", { see: true, respond: false, readOthers: true, manage: true }],
        // Need to know: the administrator sees no more of a consultation than an anonymous visitor does.
        [
          "admin",
          openness === "closed"
            ? none
            : { see: true, respond: false, readOthers: false, comment: false, manage: false },
        ],
        // Nobody can invite an anonymous visitor, so a closed consultation never exists for one.
        ["anonymous", openness === "closed" ? none : { see: true, respond: false, readOthers: false, comment: false }],
        ["provider", hidden ? none : { see: true, respond: true, readOthers: reads, comment: reads }],
        ["pendingProvider", hidden ? none : { see: true, respond: false, readOthers: false, comment: false }],
        ["resident", hidden ? none : { see: true, respond: false, readOthers: reads, comment: true }],
        ["council", hidden ? none : { see: true, respond: true, readOthers: reads, comment: true }],
      ];
      for (const [who, expected] of rows) TABLE.push([openness, interaction, invited, who, expected]);
    }
  }
}

describe("consultation access: openness × interaction × invited × role", () => {
  it.each(TABLE)("%s, %s, invited=%s: %s", (openness, interaction, invited, who, expected) => {
    const access = consultationAccess(
      WHO[who],
      { openness, interaction, audience: "both", state: "open", invited },
      { hasSubmitted: true },
    );
    expect(access).toMatchObject(expected);
  });
});

describe("consultation access: state, audience and own submission", () => {
  const base = {
    openness: "open",
    interaction: "interactive",
    audience: "both",
    state: "open",
    invited: false,
  } as const;
  it("hides drafts from everyone but officers", () => {
    for (const who of ["anonymous", "admin", "provider", "resident"] as const) {
      expect(consultationAccess(WHO[who], { ...base, state: "draft" }, { hasSubmitted: false }).see).toBe(false);
    }
    expect(consultationAccess(WHO.officer, { ...base, state: "draft" }, { hasSubmitted: false }).see).toBe(true);
  });
  it("refuses answers before opening and after closing", () => {
    for (const state of ["published", "closed", "feedback_published"] as const) {
      expect(consultationAccess(WHO.provider, { ...base, state }, { hasSubmitted: false }).respond).toBe(false);
    }
  });
  it("lets participants read others only after their own submission", () => {
    expect(consultationAccess(WHO.provider, base, { hasSubmitted: false }).readOthers).toBe(false);
    expect(consultationAccess(WHO.provider, base, { hasSubmitted: true }).readOthers).toBe(true);
  });
  it("keeps each audience to its own consultations", () => {
    expect(consultationAccess(WHO.provider, { ...base, audience: "residents" }, { hasSubmitted: false }).respond).toBe(
      false,
    );
    expect(consultationAccess(WHO.resident, { ...base, audience: "providers" }, { hasSubmitted: false }).comment).toBe(
      false,
    );
  });
});
