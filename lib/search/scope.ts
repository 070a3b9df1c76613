import type { Executor } from "@/db/connection";
import type { SearchRowScope } from "@/db/queries/search-scope";
import { speakingFor, type Actor } from "@/lib/auth/actor";
import { searchScopeFor } from "@/lib/meeting/reads";
import { can } from "@/lib/policy";
import type { SearchKind } from "./kinds";

// A consultation as the policy judges it, to ask what an invitation or openness does for this actor.
const probe = { interaction: "non_interactive", audience: "both", state: "open", hasSubmitted: false } as const;

/**
 * What the search may show this actor, taken from the same policy rules that open each item: the
 * officer's `everything`, the minutes scope of `searchScopeFor`, and what an invitation, a public
 * document or an own contract opens. The SQL in db/queries/search.ts applies it row by row.
 */
export async function searchRowScopeFor(db: Executor, actor: Actor | null): Promise<SearchRowScope> {
  const base = await searchScopeFor(db, actor);
  const providerId = speakingFor(actor);
  return {
    ...base,
    invitationsCount: can(actor, "consultation.view", { ...probe, openness: "closed", invited: true }),
    publicDocuments: can(actor, "document.download", { isPublic: true, visibility: "public" }),
    ownProviderId: providerId && can(actor, "contract.view", { providerId }) ? providerId : null,
    tableIds: can(actor, "table.list_own") ? base.tableIds : [],
  };
}

/** The kinds this actor can search: providers for officers, contracts and tables also for providers. */
export function searchableKinds(actor: Actor | null): SearchKind[] {
  const kinds: SearchKind[] = ["trajectory", "consultation", "feedback", "minutes", "document"];
  if (can(actor, "officer_workspace.enter")) kinds.push("provider");
  if (can(actor, "contract.administer") || can(actor, "contract.list_own")) kinds.push("contract");
  if (can(actor, "table.list_all") || can(actor, "table.list_own")) kinds.push("table");
  return kinds;
}
