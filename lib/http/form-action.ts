import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getDb } from "@/db/client";
import type { Database } from "@/db/connection";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { DomainRuleError, ForbiddenError, InputError, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { requestLog } from "@/lib/log/request";
import { can, type Action, type ResourceOf } from "@/lib/policy";
import { takeConfirmation } from "./confirmation";
import { auditOrigin } from "./request-origin";
import { formValues, type FormState } from "./form-state";
import { zodFieldErrors } from "@/lib/validation/messages";

export type ActionContext = { db: Database; actor: Actor; origin: string };
type Outcome = { redirectTo: string } | { message: string; meta?: Record<string, string> } | void;

type Options<S extends z.ZodType> = {
  /** The policy action every caller must be allowed; finer checks happen in the domain. */
  permission: { [A in Action]: ResourceOf[A] extends undefined ? A : never }[Action];
  schema: S;
  arrayFields?: readonly string[] | ((key: string) => boolean);
  /** An irreversible action: the post must carry the confirmation of `components/ui/confirm-submit`. */
  confirm?: boolean;
  /** Extra values (e.g. an uploaded File) taken from the raw FormData before parsing. */
  extra?: (formData: FormData) => Record<string, unknown>;
  run: (ctx: ActionContext, input: z.infer<S>) => Promise<Outcome>;
};

/**
 * The one shape of every form-backed server action: session → policy → parse → run → map
 * errors to Dutch messages. The user's input always comes back so no typed text is lost.
 */
export function formAction<S extends z.ZodType>(options: Options<S>) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const { confirmed, values } = takeConfirmation(formValues(formData, options.arrayFields));
    const actor = await getCurrentActor();
    if (!actor) return { status: "error", message: t("errors.sessionExpired"), values };
    const db = await getDb();
    const origin = auditOrigin(await headers());
    if (!can(actor, options.permission)) {
      await recordAudit({ db, actor, origin }, { action: options.permission, objectType: "action", result: "denied" });
      return { status: "error", message: t("errors.forbidden"), values };
    }
    if (options.confirm && !confirmed) return { status: "error", message: t("errors.confirmationRequired"), values };
    const parsed = options.schema.safeParse({ ...values, ...options.extra?.(formData) });
    if (!parsed.success) {
      return { status: "error", message: t("errors.checkFields"), fieldErrors: zodFieldErrors(parsed.error), values };
    }
    let outcome: Outcome;
    try {
      outcome = await options.run({ db, actor, origin }, parsed.data);
    } catch (error) {
      if (!isExpected(error)) {
        const log = await requestLog(actor.id);
        log.error({ err: error, action: options.permission }, "formulieractie mislukt");
      }
      return { ...errorState(error), values };
    }
    if (outcome && "redirectTo" in outcome) redirect(outcome.redirectTo);
    return { status: "success", message: outcome?.message, meta: outcome?.meta, values: {} };
  };
}

function errorState(error: unknown): FormState {
  if (error instanceof InputError)
    return { status: "error", message: t("errors.checkFields"), fieldErrors: error.fieldErrors };
  if (error instanceof DomainRuleError) {
    return error.field
      ? { status: "error", message: t("errors.checkFields"), fieldErrors: { [error.field]: [error.userMessage] } }
      : { status: "error", message: error.userMessage };
  }
  if (error instanceof NotFoundError) return { status: "error", message: t("errors.notFound") };
  if (error instanceof ForbiddenError) return { status: "error", message: t("errors.forbidden") };
  return { status: "error", message: t("errors.unexpected") };
}

/** Errors that are answers to the user, not faults to log. */
function isExpected(error: unknown): boolean {
  return [InputError, DomainRuleError, NotFoundError, ForbiddenError].some((kind) => error instanceof kind);
}
