import { describe, expect, it } from "vitest";
import { actionOptions, categoryOptions, objectTypeOptions, knownAuditValues } from "@/lib/audit/options";

const lists = { actionOptions, categoryOptions, objectTypeOptions };
const collator = new Intl.Collator("nl");

describe("the audit view's filter options", () => {
  it.each(Object.entries(lists))("%s: sorted by their Dutch label, each value once", (_, list) => {
    for (const scope of ["all", "security"] as const) {
      const labels = list(scope).map((o) => o.label);
      expect(labels).toEqual([...labels].sort(collator.compare));
      const values = list(scope).map((o) => o.value);
      expect(new Set(values).size).toBe(values.length);
    }
  });

  it.each(Object.entries(lists))("%s: the administrator's security scope is a part of the whole", (_, list) => {
    const all = new Set(list("all").map((o) => o.value));
    const security = list("security");
    expect(security.length).toBeGreaterThan(0);
    expect(security.length).toBeLessThan(all.size);
    expect(security.every((o) => all.has(o.value))).toBe(true);
  });

  it("builds each list once per scope and hands out one frozen copy", () => {
    expect(actionOptions("all")).toBe(actionOptions("all"));
    expect(actionOptions("security")).not.toBe(actionOptions("all"));
    expect(Object.isFrozen(actionOptions("all"))).toBe(true);
  });

  it("offers only actions the filter accepts", () => {
    expect(actionOptions("all").every((o) => knownAuditValues.action(o.value))).toBe(true);
    expect(categoryOptions("all").every((o) => knownAuditValues.category(o.value))).toBe(true);
  });
});
