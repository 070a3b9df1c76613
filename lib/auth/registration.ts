import { eq } from "drizzle-orm";
import { councils, providers, users } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit } from "@/lib/audit/record";
import { DomainRuleError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { hashPassword } from "./credentials";
import type { RegistrationInput } from "./validation";

/**
 * Self-registration. Residents and council members are active at once; provider staff are
 * registered as pending until an officer approves that they may speak for the provider.
 */
export async function registerUser(db: Executor, origin: string, input: RegistrationInput): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (taken) throw new DomainRuleError(t("errors.emailTaken"), "email");
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
      .returning({ id: users.id });
    if (!user) throw new Error("user insert returned nothing");
    await recordAudit(
      { db: tx, actor: null, origin },
      {
        action: "user.register",
        objectType: "user",
        objectId: user.id,
        details: { kind: input.kind, providerId: input.providerId || null },
      },
    );
    return user;
  });
}
