import { expect, it } from "vitest";
import { postLimitPerMinute, withinPostCeiling } from "@/lib/auth/post-ceiling";
import { describeEachDatabase } from "@/tests/helpers/test-db";

describeEachDatabase("per-address ceiling for posts", (getDb) => {
  it("counts parallel posts exactly, per address and per minute", async () => {
    const db = getDb();
    const now = new Date("2026-03-02T09:00:10Z");
    const answers = await Promise.all(Array.from({ length: 25 }, () => withinPostCeiling(db, "192.0.2.7", 20, now)));
    expect(answers.filter(Boolean)).toHaveLength(20);
    expect(await withinPostCeiling(db, "192.0.2.8", 20, now)).toBe(true);
    expect(await withinPostCeiling(db, "192.0.2.7", 20, new Date("2026-03-02T09:01:00Z"))).toBe(true);
  });

  it("is generous unless configured otherwise", () => {
    expect(postLimitPerMinute({})).toBe(300);
    expect(postLimitPerMinute({ POST_LIMIT_PER_MINUTE: "1000" })).toBe(1000);
    expect(postLimitPerMinute({ POST_LIMIT_PER_MINUTE: "nul" })).toBe(300);
  });
});
