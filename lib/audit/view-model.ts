import type { Executor } from "@/db/connection";
import type { Actor } from "@/lib/auth/actor";
import { parseAuditFilter, type AuditFilter, type AuditFilterParse, type RawParams } from "./filter";
import { actionOptions, categoryOptions, objectTypeOptions, type Option } from "./options";
import { auditScopeFor, loadAuditPage, type AuditPage } from "./reads";

export type AuditViewModel = {
  typed: AuditFilterParse["typed"];
  filter: AuditFilter | null;
  errors: string[];
  page: Extract<AuditPage, { ok: true }> | null;
  options: { actions: readonly Option[]; categories: readonly Option[]; objectTypes: readonly Option[] };
};

/**
 * Everything the audit view shows for an address: the parsed filter or its problems in Dutch, the page, and
 * the filter's choices within the actor's scope. `trajectoryId` narrows it to one trajectory's trail.
 */
export async function auditViewFor(
  db: Executor,
  actor: Actor | null,
  params: RawParams,
  trajectoryId: string | null = null,
): Promise<AuditViewModel> {
  const scope = trajectoryId ? "all" : (auditScopeFor(actor) ?? "security");
  const options = {
    actions: actionOptions(scope),
    categories: categoryOptions(scope),
    objectTypes: objectTypeOptions(scope),
  };
  const parsed = parseAuditFilter(params);
  if (!parsed.ok) return { typed: parsed.typed, filter: null, errors: parsed.errors, page: null, options };
  const filter = { ...parsed.filter, trajectoryId };
  const page = await loadAuditPage(db, actor, filter, parsed.cursor);
  if (!page.ok) return { typed: parsed.typed, filter, errors: page.errors, page: null, options };
  return { typed: parsed.typed, filter, errors: [], page, options };
}
