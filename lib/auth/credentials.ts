import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { checkLoginAllowed, clearAccountFailures, recordLoginFailure } from "./rate-limit";

// Compared against when the account does not exist, so that unknown accounts take as long as wrong passwords.
const DUMMY_HASH = bcrypt.hashSync("no-such-account", 10);

export type CredentialCheck = { ok: true; userId: string } | { ok: false };

export const hashPassword = (password: string) => bcrypt.hash(password, 10);

/** One answer for every failure: unknown account, wrong password, disabled, or rate limited. */
export async function verifyCredentials(
  db: Executor,
  email: string,
  password: string,
  address: string,
): Promise<CredentialCheck> {
  const normalised = email.trim().toLowerCase();
  if (!(await checkLoginAllowed(db, normalised, address))) return { ok: false };
  const [user] = await db.select().from(users).where(eq(users.email, normalised));
  const matches = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.passwordHash || !matches || user.disabled) {
    await recordLoginFailure(db, normalised, address);
    return { ok: false };
  }
  await clearAccountFailures(db, normalised);
  return { ok: true, userId: user.id };
}
