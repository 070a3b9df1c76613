import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import { headers } from "next/headers";
import { auditOrigin } from "@/lib/http/request-origin";
import { oidcAssertsSecondFactor, oidcFactorSettingsFromEnv, oidcSettingsFromEnv } from "./oidc";
import { findOrCreateOidcUser } from "./oidc-accounts";
import { authSecret } from "./session-token";
import { beginSignIn, consumeChallenge } from "./sign-in-challenge";
import { SESSION_HOURS, startSession } from "./sessions";

// The only credential the session accepts is a completed sign-in: the password step and the second
// factor happen before it (app/(auth)), so posting a password here directly signs nobody in.
const credentialsInput = z.object({ challenge: z.string().min(20).max(200) });

const oidc = oidcSettingsFromEnv();

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: "/inloggen", error: "/inloggen" },
  logger: {
    // A wrong password is an expected outcome (and audited), not a server error.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { challenge: {} },
      async authorize(raw) {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const userId = await consumeChallenge(await getDb(), parsed.data.challenge);
        if (!userId) throw new CredentialsSignin();
        return { id: userId };
      },
    }),
    ...(oidc ? [oidc] : []),
  ],
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== "oidc") return true;
      if (!profile?.email) return false;
      const db = await getDb();
      const user = await findOrCreateOidcUser(db, { email: profile.email, name: profile.name });
      if (user.disabled) return false;
      const factorAsserted = oidcAssertsSecondFactor(
        profile as { amr?: unknown; acr?: unknown },
        oidcFactorSettingsFromEnv(),
      );
      const { token, step } = await beginSignIn(db, {
        userId: user.id,
        role: user.role,
        method: "oidc",
        factorAsserted,
      });
      await recordAudit(
        { db, actor: null, origin: auditOrigin(await headers()) },
        {
          action: "auth.login",
          objectType: "user",
          objectId: user.id,
          details: { method: "oidc", factorAsserted, next: step },
        },
      );
      if (step === "done") {
        await consumeChallenge(db, token);
        return true;
      }
      // The provider vouched for one factor only: the portal's own code comes next.
      return `/inloggen/vervolg?aanmelding=${encodeURIComponent(token)}`;
    },
    async jwt({ token, user, account, profile }) {
      // Only on sign-in: bind the token to a new server-side session.
      if (!user || !account) return token;
      const db = await getDb();
      const userId =
        account.provider === "oidc" && profile?.email
          ? (await findOrCreateOidcUser(db, { email: profile.email, name: profile.name })).id
          : user.id;
      if (!userId) return token;
      return { sid: await startSession(db, userId) };
    },
    session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
});

declare module "next-auth" {
  interface Session {
    sid?: string;
  }
}
