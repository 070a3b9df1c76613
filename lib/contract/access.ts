import { eq } from "drizzle-orm";
import { contracts, providers } from "@/db/schema";
import type { Executor } from "@/db/connection";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/policy";

/**
 * Loads a contract for this actor: officers see every contract, a provider only its own. Anything
 * else is "not found", so another provider's URL reveals nothing.
 */
export async function contractForActor(db: Executor, actor: Actor | null, contractId: string) {
  const [row] = await db
    .select({ contract: contracts, providerName: providers.name })
    .from(contracts)
    .innerJoin(providers, eq(providers.id, contracts.providerId))
    .where(eq(contracts.id, contractId));
  if (!row || !can(actor, "contract.view", { providerId: row.contract.providerId }))
    throw new NotFoundError("contract");
  return { ...row.contract, providerName: row.providerName };
}
export type ContractForActor = Awaited<ReturnType<typeof contractForActor>>;
