import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Executor } from "@/db/connection";
import type { Role } from "./roles";
import { dummyHash, hashPassword, needsRehash, PASSWORD_MAX_LENGTH, verifyPassword } from "./passwords";
import { accountKey, addressKey, claimAttempt, settleSuccess } from "./throttle";

/**
 * Every password check answers after the same time, whether it was refused while waiting, wrong, or
 * for an unknown account: a hash takes ~15 ms here, so the floor hides it with room to spare.
 */
export const CREDENTIAL_RESPONSE_MS = 300;

export type CredentialCheck =
  | { ok: true; userId: string; role: Role; emailVerified: boolean }
  | { ok: false; reason: "waiting" | "wrong" | "disabled" };

export type CredentialOptions = {
  now?: Date;
  responseMs?: number;
  /** Replaceable so that tests can count how many hashes were checked. */
  verify?: (stored: string, password: string) => Promise<boolean>;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The first factor. The throttle step comes before the hash, so waiting attempts cost no hash; the
 * caller shows one message for every failure. A bcrypt (or outdated Argon2) hash is replaced with a
 * current Argon2id hash once the password is known to be right.
 */
export async function verifyCredentials(
  db: Executor,
  email: string,
  password: string,
  address: string,
  options: CredentialOptions = {},
): Promise<CredentialCheck> {
  const started = Date.now();
  const finish = async <T>(result: T): Promise<T> => {
    const rest = (options.responseMs ?? CREDENTIAL_RESPONSE_MS) - (Date.now() - started);
    if (rest > 0) await sleep(rest);
    return result;
  };
  const normalised = email.trim().toLowerCase();
  const account = accountKey(normalised);
  const origin = addressKey(address);
  if (!(await claimAttempt(db, [account, origin], options.now))) return finish({ ok: false, reason: "waiting" });

  const [user] = await db.select().from(users).where(eq(users.email, normalised));
  const stored = user?.passwordHash ?? (await dummyHash());
  const matches =
    password.length <= PASSWORD_MAX_LENGTH && (await (options.verify ?? verifyPassword)(stored, password));
  if (!user || !user.passwordHash || !matches) return finish({ ok: false, reason: "wrong" });
  if (user.disabled) return finish({ ok: false, reason: "disabled" });

  await settleSuccess(db, [account], [origin]);
  if (needsRehash(user.passwordHash)) {
    await db
      .update(users)
      .set({ passwordHash: await hashPassword(password) })
      .where(eq(users.id, user.id));
  }
  return finish({ ok: true, userId: user.id, role: user.role, emailVerified: user.emailVerifiedAt !== null });
}
