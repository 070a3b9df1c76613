import { and, eq, inArray } from "drizzle-orm";
import { escalationEvents, escalations, providers, type contracts } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { t } from "@/lib/i18n";
import { notifyUsers, speakersFor } from "@/lib/messaging/outbox";
import type { ShortfallSource } from "./ladder";

type Ctx = WriteContext & { actor: Actor; site?: string };
type Contract = typeof contracts.$inferSelect;

/** The contract's ladder on step 1 or 2, if any: a contract has at most one open ladder. */
export async function openLadderOf(tx: Executor, contractId: string): Promise<{ id: string } | undefined> {
  const [open] = await tx
    .select({ id: escalations.id })
    .from(escalations)
    .where(and(eq(escalations.contractId, contractId), inArray(escalations.step, ["step1", "step2"])));
  return open;
}

/**
 * Step 1 inside the caller's transaction (the contract row locked, no ladder open): the ladder, its
 * start event and the audit record, with `details` naming what led to it. With `notify`, the provider and
 * the officer who keeps the contract hear of it, in the same transaction.
 */
export async function openStep1(
  ctx: Ctx,
  tx: Executor,
  contract: Contract,
  input: { source: ShortfallSource; shortfall: string; talkOn: string },
  options: { details?: Record<string, unknown>; notify?: boolean } = {},
): Promise<{ id: string }> {
  const [row] = await tx
    .insert(escalations)
    .values({ contractId: contract.id, ...input, openedBy: ctx.actor.id })
    .returning({ id: escalations.id });
  if (!row) throw new Error("escalation insert returned nothing");
  await tx.insert(escalationEvents).values({
    escalationId: row.id,
    kind: "start",
    fromStep: null,
    toStep: "step1",
    note: input.shortfall,
    actorId: ctx.actor.id,
  });
  await recordAudit(
    { ...ctx, db: tx },
    {
      action: "escalation.start",
      objectType: "escalation",
      objectId: row.id,
      trajectoryId: contract.trajectoryId,
      details: { contractId: contract.id, source: input.source, talkOn: input.talkOn, ...options.details },
    },
  );
  if (options.notify) {
    const [provider] = await tx
      .select({ name: providers.name })
      .from(providers)
      .where(eq(providers.id, contract.providerId));
    const values = { reference: contract.reference, provider: provider?.name ?? "" };
    const site = ctx.site ?? "";
    await notifyUsers(tx, await speakersFor(tx, [contract.providerId]), {
      subject: t("ladder.openedSubject", values),
      body: t("ladder.openedProviderBody", values),
      link: `${site}/mijn-contracten/${contract.id}/escalatie/${row.id}`,
    });
    await notifyUsers(tx, [...new Set([contract.createdBy, ctx.actor.id])], {
      subject: t("ladder.openedSubject", values),
      body: t("ladder.openedOfficerBody", values),
      link: `${site}/beheer/contracten/${contract.id}/escalatie/${row.id}`,
    });
  }
  return row;
}
