import { describe, expect, it } from "vitest";
import { DEFAULT_DELIVERY, deliveryFor, kindsFor, NOTIFICATION_KINDS } from "@/lib/messaging/notification-kinds";
import { digestBody, digestHour } from "@/lib/notifications/digest";

describe("notification kinds and the digest", () => {
  it("offers each role only the kinds it can receive, with a default for every kind", () => {
    expect(kindsFor("officer")).toEqual(["comment_reported", "response_submitted", "improvement_plan", "general"]);
    expect(kindsFor("resident")).toEqual([
      "comment_reply",
      "comment_hidden",
      "feedback_published",
      "trajectory_update",
      "general",
    ]);
    expect(kindsFor("provider_member")).toEqual(kindsFor("resident"));
    expect(kindsFor("admin")).toEqual(["general"]);
    for (const kind of NOTIFICATION_KINDS) expect(DEFAULT_DELIVERY[kind]).toMatch(/^(immediate|digest|off)$/);
  });

  it("takes the person's choice over the default", () => {
    expect(deliveryFor("comment_reported", undefined)).toBe("digest");
    expect(deliveryFor("comment_reported", new Map([["comment_reported", "off"]]))).toBe("off");
    expect(deliveryFor("general", new Map([["comment_reported", "off"]]))).toBe("immediate");
  });

  it("reads DIGEST_HOUR as a whole hour of the day, else 7", () => {
    expect(digestHour({})).toBe(7);
    expect(digestHour({ DIGEST_HOUR: "0" })).toBe(0);
    expect(digestHour({ DIGEST_HOUR: "23" })).toBe(23);
    for (const bad of ["24", "-1", "7.5", "zeven", ""]) expect(digestHour({ DIGEST_HOUR: bad })).toBe(7);
  });

  it("lists every notification with its link, oldest first as given, and where to change the choice", () => {
    const body = digestBody(
      [
        { title: "Een", body: "Eerste", link: "https://p/x", createdAt: new Date(1) },
        { title: "Twee", body: "Tweede", link: null, createdAt: new Date(2) },
      ],
      "https://p",
    );
    expect(body).toContain("• Een\n  Eerste\n  https://p/x");
    expect(body).toContain("• Twee\n  Tweede");
    expect(body.indexOf("Een")).toBeLessThan(body.indexOf("Twee"));
    expect(body.endsWith("https://p/account#meldingen")).toBe(true);
  });
});
