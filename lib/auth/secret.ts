import { createHmac } from "node:crypto";
import { env, isProduction } from "@/lib/env";

/**
 * The key for session cookies and for peppering one-time passwords. Production refuses to start
 * without AUTH_SECRET (lib/env.ts, S25); development uses a fixed, public key — fine for localhost.
 */
const DEVELOPMENT_SECRET = "mojbok-development-only-secret-never-use-in-production";

export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (secret) return secret;
  if (isProduction()) throw new Error("AUTH_SECRET is required in production");
  return DEVELOPMENT_SECRET;
}

/**
 * One-time passwords are short enough to be typed, so a plain hash could be brute-forced from a
 * stolen database; an HMAC keyed with the server secret cannot. It is fast, so checking one costs
 * no more time than not having one (S06 timing).
 */
export function hmacSecret(value: string): string {
  return createHmac("sha256", authSecret()).update(value).digest("hex");
}
