import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import { auditOrigin, clientAddress } from "@/lib/http/request-origin";
import { log } from "@/lib/log";
import { verifyCredentials } from "./credentials";
import { oidcSettingsFromEnv } from "./oidc";
import { findOrCreateOidcUser } from "./oidc-accounts";
import { authSecret } from "./session-token";
import { SESSION_HOURS, startSession } from "./sessions";

const credentialsInput = z.object({ email: z.string().trim().email().max(320), password: z.string().min(1).max(200) });

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
      log.error({ err: error }, "aanmelden mislukt");
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const db = await getDb();
        const result = await verifyCredentials(
          db,
          parsed.data.email,
          parsed.data.password,
          clientAddress(request.headers),
        );
        await recordAudit(
          { db, actor: null, origin: auditOrigin(request.headers) },
          {
            action: "auth.login",
            objectType: "user",
            objectId: result.ok ? result.userId : null,
            result: result.ok ? "success" : "denied",
            details: { method: "password", email: parsed.data.email.toLowerCase() },
          },
        );
        if (!result.ok) throw new CredentialsSignin();
        return { id: result.userId };
      },
    }),
    ...(oidc ? [oidc] : []),
  ],
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== "oidc") return true;
      if (!profile?.email) return false;
      const user = await findOrCreateOidcUser(await getDb(), { email: profile.email, name: profile.name });
      return !user.disabled;
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
    async session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
});

declare module "next-auth" {
  interface Session {
    sid?: string;
  }
}
