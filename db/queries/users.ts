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
