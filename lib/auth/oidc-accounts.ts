import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit } from "@/lib/audit/record";
import type { Role } from "./roles";

/**
 * Links an identity from the OpenID Connect provider to a local account by e-mail address.
 * Unknown people become residents, the role anyone may register for themselves; an
 * administrator grants any other role.
 */
export async function findOrCreateOidcUser(
  db: Executor,
  profile: { email: string; name?: string | null },
): Promise<{ id: string; disabled: boolean; role: Role }> {
  const email = profile.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: users.id, disabled: users.disabled, role: users.role })
      .from(users)
      .where(eq(users.email, email));
    if (existing) return existing;
    const [created] = await tx
      .insert(users)
      // The provider has checked the address, so no verification mail is needed.
      .values({ email, name: profile.name?.trim() || email, role: "resident", emailVerifiedAt: new Date() })
      .returning({ id: users.id, disabled: users.disabled, role: users.role });
    if (!created) throw new Error("user insert returned nothing");
    await recordAudit(
      { db: tx, actor: null, origin: "oidc" },
      { action: "user.register", objectType: "user", objectId: created.id, details: { via: "oidc", role: "resident" } },
    );
    return created;
  });
}
