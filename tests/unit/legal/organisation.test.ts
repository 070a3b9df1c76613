import { describe, expect, it } from "vitest";
import { organisationFrom, senderAddress } from "@/lib/legal/organisation";
import { retentionFacts } from "@/lib/legal/retention";

describe("the organisation the statements name", () => {
  it("comes from the settings when they are there", () => {
    const org = organisationFrom(
      {
        ORGANISATION_NAME: "Gemeente Zaanstad",
        CONTACT_EMAIL: "inkoop@zaanstad.example",
        CONTACT_PHONE: "14 075",
        PRIVACY_EMAIL: "fg@zaanstad.example",
      },
      "Zaanstreek-Waterland",
    );
    expect(org).toEqual({
      name: "Gemeente Zaanstad",
      email: "inkoop@zaanstad.example",
      phone: "14 075",
      privacyEmail: "fg@zaanstad.example",
    });
  });

  it("falls back to the region in the database and the sender's address, then the demo's operator", () => {
    const org = organisationFrom({ SMTP_FROM: "Inkoopdialoog <post@regio.example>" }, "Zaanstreek-Waterland");
    expect(org).toMatchObject({
      name: "Gemeenten in de regio Zaanstreek-Waterland",
      email: "post@regio.example",
      privacyEmail: "post@regio.example",
      phone: null,
    });
    expect(organisationFrom({ ORGANISATION_NAME: "  " }, null)).toMatchObject({
      name: "Inkoopdialoog",
      email: "beheerder@inkoopdialoog.nl",
    });
    expect(senderAddress("post@regio.example")).toBe("post@regio.example");
    expect(senderAddress("Geen adres")).toBeNull();
  });

  it("states the retention periods the code enforces, with the configured session limits", () => {
    expect(retentionFacts({})).toEqual({
      staffIdleMinutes: 30,
      idleMinutes: 480,
      sessionHours: 12,
      resetMinutes: 30,
      verificationDays: 7,
      challengeMinutes: 15,
      throttleHours: 24,
      jobRunDays: 30,
      jobEffectDays: 90,
    });
    expect(retentionFacts({ SESSION_MAX_HOURS: "8" }).sessionHours).toBe(8);
  });
});
