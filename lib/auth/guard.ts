import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import { auditOrigin } from "@/lib/http/request-origin";
import { can, type Action, type ResourceOf } from "@/lib/policy";
import type { Actor } from "./actor";
import { getCurrentActor } from "./current-actor";

/**
 * For pages: asks the policy and stops the render when the answer is no — anonymous visitors
 * go to the login page (and come back afterwards), signed-in ones get the 403 page.
 */
export async function requirePermission<A extends Action>(
  returnPath: string,
  action: A,
  ...resource: ResourceOf[A] extends undefined ? [] : [ResourceOf[A]]
): Promise<Actor> {
  const actor = await getCurrentActor();
  if (can(actor, action, ...resource) && actor) return actor;
  if (!actor) redirect(`/inloggen?terug=${encodeURIComponent(returnPath)}`);
  await recordAudit(
    { db: await getDb(), actor, origin: auditOrigin(await headers()) },
    { action, objectType: "page", objectId: returnPath, result: "denied" },
  );
  forbidden();
}
