import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { expect, it } from "vitest";
import { queryRows, type Database } from "@/db/connection";
import { searchStatement, type SearchFilter } from "@/db/queries/search";
import type { SearchRowScope } from "@/db/queries/search-scope";
import { describeEachDatabase } from "../helpers/test-db";

/*
 * postgres.js prepares every statement, and PostgreSQL runs a prepared statement on a generic plan from its
 * sixth execution on. In such a plan a function of a parameter is not folded into a constant: wherever it
 * stands in an expression, it is evaluated again for every row. The search's question must therefore be
 * computed once per execution (an InitPlan), never in the scan, the rank or the snippet of each match.
 */

type PlanNode = { "Parent Relationship"?: string; "Node Type": string; Plans?: PlanNode[] } & Record<string, unknown>;

// The statement's parameters are text and numbers (dates go in as ISO text).
const literal = (value: string | number | null) =>
  value === null ? "null" : `'${String(value).replaceAll("'", "''")}'`;

/** The generic plan of the statement, with each node's own expressions (VERBOSE). */
async function genericPlan(db: Database, statement: ReturnType<typeof searchStatement>): Promise<PlanNode> {
  const query = new PgDialect().sqlToQuery(statement);
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local plan_cache_mode = force_generic_plan`);
    await tx.execute(sql.raw(`prepare search_plan_probe as ${query.sql}`));
    try {
      const params = (query.params as (string | number | null)[]).map(literal).join(", ");
      const rows = await queryRows<Record<string, unknown>>(
        tx,
        sql.raw(`explain (verbose, format json) execute search_plan_probe(${params})`),
      );
      const cell = Object.values(rows[0]!)[0];
      const plan = (typeof cell === "string" ? JSON.parse(cell) : cell) as { Plan: PlanNode }[];
      return plan[0]!.Plan;
    } finally {
      await tx.execute(sql`deallocate search_plan_probe`);
    }
  });
}

/** Every node of the plan, each with the relationship to its parent. */
const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];
const ownText = ({ Plans: _children, ...own }: PlanNode) => JSON.stringify(own);

const PUBLIC_SCOPE: SearchRowScope = {
  everything: false,
  trajectoryIds: [],
  tableIds: [],
  who: null,
  invitationsCount: false,
  publicDocuments: true,
  ownProviderId: null,
};
const OFFICER_SCOPE: SearchRowScope = { ...PUBLIC_SCOPE, everything: true };

const filter = (extra: Partial<SearchFilter> = {}): SearchFilter => ({
  q: 'begeleiding "in de wijk" -vervoer',
  kinds: ["trajectory", "consultation", "feedback", "minutes", "document"],
  trajectoryId: null,
  from: null,
  until: null,
  states: null,
  now: new Date("2026-06-01T10:00:00Z"),
  ...extra,
});

const CASES = [
  { name: "a visitor's first page", scope: PUBLIC_SCOPE, filter: filter(), after: null },
  {
    name: "an officer's later page, filtered by kind, period and status",
    scope: OFFICER_SCOPE,
    filter: filter({
      kinds: ["consultation", "provider", "contract", "table"],
      from: new Date("2026-01-01T00:00:00Z"),
      until: new Date("2026-07-01T00:00:00Z"),
      states: ["open"],
    }),
    after: { score: 1000, kind: "consultation" as const, id: "00000000-0000-4000-8000-000000000001" },
  },
];

describeEachDatabase("the search statement's generic plan", (getDb) => {
  it.each(CASES)("$name computes the question once per execution", async ({ scope, filter: f, after }) => {
    const plan = await genericPlan(getDb(), searchStatement(scope, f, { limit: 21, after, offset: 0 }));
    const all = nodes(plan);
    const asking = all.filter((n) => ownText(n).includes("websearch_to_tsquery"));
    expect(asking.length).toBeGreaterThan(0);
    expect(asking.map((n) => [n["Node Type"], n["Parent Relationship"]])).toEqual(
      asking.map((n) => [n["Node Type"], "InitPlan"]),
    );
    // The matches themselves are still found through the search documents.
    expect(all.some((n) => n["Relation Name"] === "search_documents")).toBe(true);
  });
});
