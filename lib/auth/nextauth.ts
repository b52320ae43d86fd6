import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authSecret } from "@/lib/auth/secret";
import { ABSOLUTE_HOURS } from "@/lib/auth/sessions";
import { isProduction } from "@/lib/env";

/**
 * Auth.js carries the session cookie; the session itself is a database row (lib/auth/sessions.ts)
 * that every request checks. Our own sign-in action verifies the password, the lock and the rate
 * limits, creates the row and then hands Auth.js the row's token as a "ticket"; the encrypted JWT
 * holds that token and nothing else. No /api/auth route is mounted, so nobody can call the
 * provider directly. See docs/decisions/0002-sessions.md.
 */
export const sessionCookieName = () => (isProduction() ? "__Host-mojbok.session" : "mojbok.session");

// The configuration is built per request (lazy NextAuth config), so `next build` needs no secret:
// AUTH_SECRET is a runtime setting, validated at start-up (instrumentation.ts).
export const { auth, signIn, signOut } = NextAuth(() => {
  const secure = isProduction();
  return {
    secret: authSecret(),
    trustHost: true,
    session: { strategy: "jwt", maxAge: ABSOLUTE_HOURS * 3600 },
    cookies: {
      sessionToken: { name: sessionCookieName(), options: { httpOnly: true, sameSite: "lax", path: "/", secure } },
    },
    providers: [
      Credentials({
        id: "session-ticket",
        credentials: { ticket: {} },
        authorize: async (credentials) => {
          const ticket = typeof credentials?.ticket === "string" ? credentials.ticket : "";
          return ticket.length >= 40 ? { id: "session", ticket } : null;
        },
      }),
    ],
    callbacks: {
      jwt: ({ token, user }) => {
        if (user && "ticket" in user) return { sid: user.ticket as string };
        return token;
      },
      session: ({ session, token }) => ({ ...session, sid: typeof token.sid === "string" ? token.sid : undefined }),
    },
  };
});

declare module "next-auth" {
  interface Session {
    /** The database session's token; checked by lib/auth/customer.ts on every request. */
    sid?: string;
  }
}
