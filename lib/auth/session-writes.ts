import { recordAudit, type WriteContext } from "@/lib/audit/record";
import { ForbiddenError } from "@/lib/errors";
import { can } from "@/lib/policy";
import type { Actor } from "./actor";
import { endOtherSessionsOf } from "./sessions";

/**
 * "Elders afmelden": ends every session of the signed-in account except the one this request belongs
 * to, e.g. after signing in on a shared computer that was left behind. Returns how many ended.
 */
export async function signOutElsewhere(
  ctx: WriteContext & { actor: Actor },
  currentSessionId: string,
): Promise<number> {
  if (!can(ctx.actor, "session.end_own")) throw new ForbiddenError("session.end_own");
  return ctx.db.transaction(async (tx) => {
    const ended = await endOtherSessionsOf(tx, ctx.actor.id, currentSessionId);
    await recordAudit(
      { ...ctx, db: tx },
      { action: "session.end_others", objectType: "user", objectId: ctx.actor.id, details: { ended } },
    );
    return ended;
  });
}
