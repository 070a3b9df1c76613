import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { consultationAccess } from "@/lib/consultation/access";
import type { Audience, ConsultationState } from "@/lib/consultation/constants";
import { respondHint } from "@/lib/consultation/respond-hint";

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
  provider: actor("provider_member", { providerId: "p1", membershipStatus: "approved" }),
  pendingProvider: actor("provider_member", { providerId: "p1", membershipStatus: "pending" }),
  resident: actor("resident"),
  council: actor("resident", { councilId: "c1" }),
} as const;

/** The hint for an open, interactive, open-to-all consultation, judged with the real access rule. */
function hint(who: keyof typeof WHO, audience: Audience, state: ConsultationState = "open") {
  const c = { openness: "open" as const, interaction: "interactive" as const, audience, state, invited: false };
  return respondHint(WHO[who], c, consultationAccess(WHO[who], c, { hasSubmitted: false }));
}

describe("why someone who sees the questions cannot answer them", () => {
  it("tells a resident of a consultation for residents and councils that councils advise and residents discuss", () => {
    expect(hint("resident", "residents")).toBe("residentsDiscuss");
    expect(hint("resident", "both")).toBe("residentsDiscuss");
  });
  it("asks an anonymous visitor to sign in, whoever the consultation is for", () => {
    for (const audience of ["providers", "residents", "both"] as const)
      expect(hint("anonymous", audience)).toBe("signIn");
  });
  it("names the audience to those outside it, and the pending approval to a new provider member", () => {
    expect(hint("resident", "providers")).toBe("forProviders");
    expect(hint("council", "providers")).toBe("forProviders");
    expect(hint("provider", "residents")).toBe("forResidents");
    expect(hint("pendingProvider", "both")).toBe("membershipPending");
  });
  it("says nothing to those who may answer, to staff, or when the consultation is not open", () => {
    expect(hint("council", "residents")).toBeNull();
    expect(hint("provider", "both")).toBeNull();
    expect(hint("officer", "both")).toBeNull();
    expect(hint("resident", "residents", "closed")).toBeNull();
    expect(hint("anonymous", "both", "published")).toBeNull();
  });
});
