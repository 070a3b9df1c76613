import { asc, count, eq } from "drizzle-orm";
import { councils, providers, users } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { keyColumns, keysetPage, type SortKey } from "@/lib/paging/keyset";
import type { PageRequest } from "@/lib/paging/request";

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

export const USER_KEYS: SortKey[] = [
  { column: users.role, kind: "text", direction: "asc", cast: "role" },
  { column: users.name, kind: "text", direction: "asc" },
  { column: users.id, kind: "uuid", direction: "asc" },
];

/** Every account by role and name, one page at a time. */
export const listUsers = (db: Executor, request: PageRequest, size: number) =>
  keysetPage(USER_KEYS, request, size, {
    rows: (w) =>
      db
        .select({ ...columns, ...keyColumns(USER_KEYS), ...w.total })
        .from(users)
        .leftJoin(providers, eq(providers.id, users.providerId))
        .leftJoin(councils, eq(councils.id, users.councilId))
        .where(w.where)
        .orderBy(...w.orderBy)
        .limit(w.limit)
        .offset(w.offset),
    count: () => db.select({ n: count() }).from(users),
  });

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
