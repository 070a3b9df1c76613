import { describe, expect, it } from "vitest";
import {
  afterFailure,
  canRetryByHand,
  isClaimable,
  MAX_ATTEMPTS,
  messageIdFor,
  retryDelayMs,
} from "@/lib/messaging/delivery-state";

const now = new Date("2026-03-02T10:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe("delivery state machine", () => {
  it("backs off 1, 2, 4 … minutes up to a day", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(0)).toBe(60_000);
    expect(retryDelayMs(40)).toBe(86_400_000);
  });

  it("retries a failure while attempts are left, then dead-letters it", () => {
    expect(afterFailure(1, now)).toEqual({ status: "pending", nextAttemptAt: minutes(1) });
    expect(afterFailure(MAX_ATTEMPTS - 1, now)).toMatchObject({ status: "pending" });
    expect(afterFailure(MAX_ATTEMPTS, now)).toEqual({ status: "dead", deadAt: now });
    expect(afterFailure(MAX_ATTEMPTS + 3, now)).toMatchObject({ status: "dead" });
  });

  it("claims pending messages when due and sending ones only after their claim expired", () => {
    expect(isClaimable({ status: "pending", nextAttemptAt: now, claimExpiresAt: null }, now)).toBe(true);
    expect(isClaimable({ status: "pending", nextAttemptAt: minutes(1), claimExpiresAt: null }, now)).toBe(false);
    expect(isClaimable({ status: "sending", nextAttemptAt: now, claimExpiresAt: minutes(1) }, now)).toBe(false);
    expect(isClaimable({ status: "sending", nextAttemptAt: now, claimExpiresAt: minutes(-1) }, now)).toBe(true);
    expect(isClaimable({ status: "sending", nextAttemptAt: now, claimExpiresAt: null }, now)).toBe(false);
    expect(isClaimable({ status: "sent", nextAttemptAt: now, claimExpiresAt: null }, now)).toBe(false);
    expect(isClaimable({ status: "dead", nextAttemptAt: now, claimExpiresAt: null }, now)).toBe(false);
  });

  it("lets an administrator retry dead messages only", () => {
    expect(canRetryByHand("dead")).toBe(true);
    for (const s of ["pending", "sending", "sent"] as const) expect(canRetryByHand(s)).toBe(false);
  });

  it("derives one Message-ID per message from its id and the sender's domain", () => {
    const id = "0b6f9c1e-7d1a-4c55-9a7e-2f0c3f1d9e01";
    expect(messageIdFor(id, "Inkoopdialoog <noreply@Gemeente.Example.nl>")).toBe(`<${id}@gemeente.example.nl>`);
    expect(messageIdFor(id, "post@zaanstad.nl")).toBe(`<${id}@zaanstad.nl>`);
    expect(messageIdFor(id, "geen adres")).toBe(`<${id}@inkoopdialoog.invalid>`);
    expect(messageIdFor(id, "a@x.nl")).toBe(messageIdFor(id, "a@x.nl"));
    expect(messageIdFor(id, "a@x.nl")).not.toBe(messageIdFor("another", "a@x.nl"));
  });
});
