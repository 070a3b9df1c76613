import { and, eq, inArray } from "drizzle-orm";
import { products, providerProducts, providers, providerSubregions, subregions } from "@/db/schema";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError, InputError, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { can } from "@/lib/policy";
import type { ContractInput } from "./validation";

type Ctx = WriteContext & { actor: Actor };

const diff = (before: string[], after: string[]) => ({
  added: after.filter((id) => !before.includes(id)).sort(),
  removed: before.filter((id) => !after.includes(id)).sort(),
});

/**
 * The officer records which products a provider is contracted for and in which sub-regions it
 * works; the tables' relevant providers follow from it. One transaction, audited with what changed.
 */
export async function setProviderContract(ctx: Ctx, input: ContractInput): Promise<{ added: number; removed: number }> {
  if (!can(ctx.actor, "provider_contract.set")) throw new ForbiddenError("provider_contract.set");
  return ctx.db.transaction(async (tx) => {
    const [provider] = await tx
      .select({ id: providers.id, name: providers.name })
      .from(providers)
      .where(eq(providers.id, input.providerId))
      .for("update");
    if (!provider) throw new NotFoundError("provider");
    const knownProducts = input.productIds.length
      ? await tx.select({ id: products.id }).from(products).where(inArray(products.id, input.productIds))
      : [];
    const knownSubregions = input.subregionIds.length
      ? await tx.select({ id: subregions.id }).from(subregions).where(inArray(subregions.id, input.subregionIds))
      : [];
    const fieldErrors: Record<string, string[]> = {};
    if (knownProducts.length !== input.productIds.length)
      fieldErrors.productIds = [t("overlegtafel.contractUnknownProduct")];
    if (knownSubregions.length !== input.subregionIds.length)
      fieldErrors.subregionIds = [t("overlegtafel.contractUnknownSubregion")];
    if (Object.keys(fieldErrors).length) throw new InputError(fieldErrors);

    const currentProducts = (
      await tx
        .select({ id: providerProducts.productId })
        .from(providerProducts)
        .where(eq(providerProducts.providerId, provider.id))
    ).map((r) => r.id);
    const currentSubregions = (
      await tx
        .select({ id: providerSubregions.subregionId })
        .from(providerSubregions)
        .where(eq(providerSubregions.providerId, provider.id))
    ).map((r) => r.id);
    const productChange = diff(currentProducts, input.productIds);
    const subregionChange = diff(currentSubregions, input.subregionIds);
    const added = productChange.added.length + subregionChange.added.length;
    const removed = productChange.removed.length + subregionChange.removed.length;
    if (added + removed === 0) return { added, removed };

    if (productChange.removed.length)
      await tx
        .delete(providerProducts)
        .where(
          and(eq(providerProducts.providerId, provider.id), inArray(providerProducts.productId, productChange.removed)),
        );
    if (productChange.added.length)
      await tx
        .insert(providerProducts)
        .values(productChange.added.map((productId) => ({ providerId: provider.id, productId })));
    if (subregionChange.removed.length)
      await tx
        .delete(providerSubregions)
        .where(
          and(
            eq(providerSubregions.providerId, provider.id),
            inArray(providerSubregions.subregionId, subregionChange.removed),
          ),
        );
    if (subregionChange.added.length)
      await tx
        .insert(providerSubregions)
        .values(subregionChange.added.map((subregionId) => ({ providerId: provider.id, subregionId })));
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "provider.set_contract",
        objectType: "provider",
        objectId: provider.id,
        details: {
          ended: input.ended,
          productsAdded: productChange.added,
          productsRemoved: productChange.removed,
          subregionsAdded: subregionChange.added,
          subregionsRemoved: subregionChange.removed,
        },
      },
    );
    return { added, removed };
  });
}
