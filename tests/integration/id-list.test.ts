import { randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { expect, it } from "vitest";
import { regions } from "@/db/schema";
import { inIdList } from "@/db/queries/id-list";
import { describeEachDatabase } from "../helpers/test-db";

describeEachDatabase("inIdList", (getDb) => {
  it("selects exactly the rows whose id is in the list, like inArray, for any length of list", async () => {
    const db = getDb();
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    await db.insert(regions).values(ids.map((id) => ({ id, name: `Regio ${id}` })));
    const byList = async (list: string[]) =>
      (await db.select({ id: regions.id }).from(regions).where(inIdList(regions.id, list))).map((r) => r.id).sort();
    const byArray = async (list: string[]) =>
      (await db.select({ id: regions.id }).from(regions).where(inArray(regions.id, list))).map((r) => r.id).sort();
    for (const list of [[ids[0]!], [ids[2]!, ids[0]!, randomUUID()], ids, [...ids, ...ids]])
      expect(await byList(list)).toEqual(await byArray(list));
    expect(await byList([])).toEqual([]);
  });

  it("is one statement with one parameter, whatever the number of ids", () => {
    const dialect = new PgDialect();
    const query = (n: number) =>
      dialect.sqlToQuery(
        inIdList(
          regions.id,
          Array.from({ length: n }, () => randomUUID()),
        ),
      );
    expect(query(50).sql).toBe(query(1).sql);
    expect(query(50).params).toHaveLength(1);
  });
});
