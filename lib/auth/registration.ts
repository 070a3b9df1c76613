import { eq } from "drizzle-orm";
import { councils, providers, users } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit } from "@/lib/audit/record";
import { DomainRuleError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { sendVerification } from "./email-verification";
import { alreadyRegisteredMail, queueMail } from "./mail";
import { hashPassword } from "./passwords";
import type { RegistrationInput } from "./validation";

export type RegistrationContext = { origin: string; siteUrl: string };

/**
 * Self-registration. Residents and council members are active once they confirm their address;
 * provider staff are registered as pending until an officer approves that they may speak for the
 * provider. An address that already has an account gets an e-mail saying so instead, and the visitor
 * sees the same answer as for a new account: the form does not tell who has an account.
 */
export async function registerUser(
  db: Executor,
  ctx: RegistrationContext,
  input: RegistrationInput,
): Promise<{ id: string | null }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (input.kind === "provider") {
      const [p] = await tx
        .select({ id: providers.id })
        .from(providers)
        .where(eq(providers.id, input.providerId ?? ""));
      if (!p) throw new DomainRuleError(t("errors.providerRequired"), "providerId");
    }
    if (input.kind === "council") {
      const [c] = await tx
        .select({ id: councils.id })
        .from(councils)
        .where(eq(councils.id, input.councilId ?? ""));
      if (!c) throw new DomainRuleError(t("errors.councilRequired"), "councilId");
    }
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (taken) {
      await queueMail(tx, input.email, alreadyRegisteredMail(ctx.siteUrl));
      await recordAudit(
        { db: tx, actor: null, origin: ctx.origin },
        {
          action: "user.register",
          objectType: "user",
          objectId: taken.id,
          result: "denied",
          details: { reason: "taken" },
        },
      );
      return { id: null };
    }
    const [user] = await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        passwordHash,
        role: input.kind === "provider" ? "provider_member" : "resident",
        providerId: input.kind === "provider" ? input.providerId : null,
        membershipStatus: input.kind === "provider" ? "pending" : null,
        councilId: input.kind === "council" ? input.councilId : null,
      })
      .returning({ id: users.id, email: users.email });
    if (!user) throw new Error("user insert returned nothing");
    await sendVerification(tx, user, ctx.siteUrl);
    await recordAudit(
      { db: tx, actor: null, origin: ctx.origin },
      {
        action: "user.register",
        objectType: "user",
        objectId: user.id,
        details: { kind: input.kind, providerId: input.providerId || null },
      },
    );
    return { id: user.id };
  });
}
