import { eq, isNotNull } from "drizzle-orm";
import { users, userTotp } from "@/db/schema";
import type { Executor } from "@/db/connection";

export async function accountEmail(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row?.email ?? null;
}

/** Who has an active second factor, for the user administration. */
export async function usersWithSecondFactor(db: Executor): Promise<Set<string>> {
  const rows = await db.select({ userId: userTotp.userId }).from(userTotp).where(isNotNull(userTotp.confirmedAt));
  return new Set(rows.map((r) => r.userId));
}
