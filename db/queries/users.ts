import { asc, eq } from "drizzle-orm";
import { councils, providers, users } from "@/db/schema";
import type { Executor } from "@/db/connection";

const columns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  jobTitle: users.jobTitle,
  disabled: users.disabled,
  membershipStatus: users.membershipStatus,
  provider: providers.name,
  council: councils.name,
  createdAt: users.createdAt,
};

export const listUsers = (db: Executor) =>
  db
    .select(columns)
    .from(users)
    .leftJoin(providers, eq(providers.id, users.providerId))
    .leftJoin(councils, eq(councils.id, users.councilId))
    .orderBy(asc(users.role), asc(users.name));

export const listPendingMemberships = (db: Executor) =>
  db
    .select(columns)
    .from(users)
    .innerJoin(providers, eq(providers.id, users.providerId))
    .leftJoin(councils, eq(councils.id, users.councilId))
    .where(eq(users.membershipStatus, "pending"))
    .orderBy(asc(users.createdAt));

export async function getProviderWithMembers(db: Executor, providerId: string) {
  const [provider] = await db
    .select({ id: providers.id, name: providers.name, city: providers.city })
    .from(providers)
    .where(eq(providers.id, providerId));
  if (!provider) return null;
  const members = await db
    .select({ id: users.id, name: users.name, email: users.email, membershipStatus: users.membershipStatus })
    .from(users)
    .where(eq(users.providerId, providerId))
    .orderBy(asc(users.name));
  return { ...provider, members };
}
