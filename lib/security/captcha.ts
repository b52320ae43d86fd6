import { createHmac, randomInt } from "node:crypto";
import { eq, sum } from "drizzle-orm";
import { createChallenge, verifySolution, type Challenge, type Solution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { rateLimits } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { authSecret } from "@/lib/auth/secret";
import { addMinutes, now } from "@/lib/clock";
import { hitRateLimit } from "@/lib/security/rate-limit";

/**
 * "Nie jestem robotem" (document 004) as a self-hosted ALTCHA proof of work: no third party sees
 * our users. The challenge is signed with a key derived from AUTH_SECRET, so any instance can
 * verify it; a solved challenge is accepted once (its salt is remembered in rate_limits).
 */

export const CAPTCHA_TTL_MINUTES = 10;
/**
 * Deterministic mode: the server picks the counter the client has to find, so the work is bounded.
 * One SHA-256 per step, at most ~20 000 steps: well under a second on a phone, and each form
 * submission still costs a bot a fresh challenge and that work.
 */
const COUNTER_RANGE = [2_000, 20_000] as const;
const USED_RULE = { name: "captcha-used", limit: 1, windowSeconds: 3600 } as const;

/** Separate from the session and OTP keys: a leaked challenge signature says nothing about them. */
function captchaKey(): string {
  return createHmac("sha256", authSecret()).update("mojbok/altcha-captcha/v1").digest("hex");
}

export async function createCaptchaChallenge(): Promise<Challenge> {
  return createChallenge({
    algorithm: "SHA-256",
    cost: 1,
    counter: randomInt(COUNTER_RANGE[0], COUNTER_RANGE[1]),
    deriveKey,
    expiresAt: addMinutes(now(), CAPTCHA_TTL_MINUTES),
    hmacSignatureSecret: captchaKey(),
  });
}

export type CaptchaCheck = { ok: true } | { ok: false; reason: "missing" | "malformed" | "invalid" | "expired" | "reused" };

function decodePayload(payload: string): { challenge: Challenge; solution: Solution } | null {
  try {
    const decoded = JSON.parse(Buffer.from(payload, "base64").toString("utf8")) as { challenge?: Challenge; solution?: Solution };
    const p = decoded.challenge?.parameters;
    if (!p || typeof p.salt !== "string" || typeof decoded.challenge?.signature !== "string") return null;
    if (!decoded.solution || typeof decoded.solution.counter !== "number" || typeof decoded.solution.derivedKey !== "string") return null;
    return { challenge: decoded.challenge, solution: decoded.solution };
  } catch {
    return null;
  }
}

/** Verifies the widget's payload and marks it used. Call it once per form submission. */
export async function verifyCaptcha(db: DbOrTx, payload: string): Promise<CaptchaCheck> {
  if (!payload) return { ok: false, reason: "missing" };
  if (payload.length > 4000) return { ok: false, reason: "malformed" };
  const decoded = decodePayload(payload);
  if (!decoded) return { ok: false, reason: "malformed" };
  const { challenge, solution } = decoded;
  // Our clock (which tests move), on top of the library's own check against the wall clock.
  const expiresAt = challenge.parameters.expiresAt;
  if (!expiresAt || expiresAt * 1000 <= now().getTime()) return { ok: false, reason: "expired" };
  const result = await verifySolution({ challenge, solution, deriveKey, hmacSignatureSecret: captchaKey() }).catch(() => null);
  if (!result) return { ok: false, reason: "malformed" };
  if (result.expired) return { ok: false, reason: "expired" };
  if (!result.verified) return { ok: false, reason: "invalid" };
  // Fixed windows: a reuse may fall into the next window, so every window of this salt counts.
  await hitRateLimit(db, USED_RULE, challenge.parameters.salt);
  const [row] = await db
    .select({ uses: sum(rateLimits.count) })
    .from(rateLimits)
    .where(eq(rateLimits.bucket, `${USED_RULE.name}:${challenge.parameters.salt}`));
  return Number(row?.uses ?? 0) > 1 ? { ok: false, reason: "reused" } : { ok: true };
}

export const CAPTCHA_MESSAGES: Record<Exclude<CaptchaCheck, { ok: true }>["reason"], string> = {
  missing: "Zaznacz pole „Nie jestem robotem” i poczekaj na weryfikację.",
  malformed: "Weryfikacja „Nie jestem robotem” nie powiodła się. Zaznacz pole ponownie.",
  invalid: "Weryfikacja „Nie jestem robotem” nie powiodła się. Zaznacz pole ponownie.",
  expired: "Weryfikacja „Nie jestem robotem” wygasła. Zaznacz pole ponownie.",
  reused: "Ta weryfikacja „Nie jestem robotem” została już użyta. Zaznacz pole ponownie.",
};
