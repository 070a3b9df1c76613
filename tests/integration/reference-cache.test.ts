import { expect, it } from "vitest";
import { listGuidance } from "@/db/queries/guidance";
import { listProducts } from "@/db/queries/reference";
import { products } from "@/db/schema";
import { invalidateReference } from "@/lib/cache/reference";
import { updatePhaseGuidance } from "@/lib/guidance/update";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { minimalWorld } from "./fixtures";

describeEachDatabase("reference data kept in the process", (getDb) => {
  it("serves the cached products until a change invalidates them", async () => {
    const db = getDb();
    await minimalWorld(db, "-cache");
    const before = await listProducts(db);
    await db.insert(products).values({ code: "NIEUW", name: "Nieuw product", domain: "wmo" });
    // A write that bypasses the domain is not seen until invalidation (or the time to live) ...
    expect(await listProducts(db)).toEqual(before);
    invalidateReference("products");
    // ... and then it is.
    expect((await listProducts(db)).map((p) => p.code)).toContain("NIEUW");
  });

  it("a guidance update shows at once on this instance", async () => {
    const db = getDb();
    const { actor } = await minimalWorld(db, "-guidance");
    expect(await listGuidance(db, "analysis")).toEqual([]);
    const entries = (["municipality", "provider"] as const).flatMap((perspective) =>
      (["topics", "decides", "whom", "organise"] as const).map((aspect) => ({
        perspective,
        aspect,
        items: [`${perspective} ${aspect}`],
      })),
    );
    await updatePhaseGuidance({ db, actor, origin: "test" }, { phase: "analysis", entries });
    const after = await listGuidance(db, "analysis");
    expect(after).toHaveLength(8);
    expect(after[0]?.items).toEqual(["municipality topics"]);
  });
});
