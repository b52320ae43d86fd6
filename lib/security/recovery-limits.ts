import type { DbOrTx } from "@/db/client";
import { hitAddressLimit, hitRateLimit, type RateRule } from "@/lib/security/rate-limit";

/**
 * Rate limits of the two recovery forms (S07), per client address and per typed login or e-mail.
 * A throttled request gets the same Polish message whoever asks and whatever they typed, so the
 * limit tells nothing about accounts either (S06).
 */
export const THROTTLED_MESSAGE = "Wysłano zbyt wiele próśb w krótkim czasie. Spróbuj ponownie za kilkanaście minut.";

export const recoveryRules = {
  passwordByAddress: { name: "recover-password-ip", limit: 30, windowSeconds: 900 },
  passwordByLogin: { name: "recover-password-login", limit: 5, windowSeconds: 3600 },
  loginByAddress: { name: "remind-login-ip", limit: 30, windowSeconds: 900 },
  loginByEmail: { name: "remind-login-email", limit: 5, windowSeconds: 3600 },
} satisfies Record<string, RateRule>;

/** Counts the request against both limits (both, so a flood on one key still counts on the other) and says whether it may go on. */
export async function underRecoveryLimits(
  db: DbOrTx,
  rules: { byAddress: RateRule; bySubject: RateRule },
  input: { tenantId: string; ip: string | null; subject: string },
): Promise<boolean> {
  const byAddress = await hitAddressLimit(db, rules.byAddress, input.ip);
  const bySubject = await hitRateLimit(db, rules.bySubject, `${input.tenantId}:${input.subject.toLowerCase()}`);
  return byAddress.allowed && bySubject.allowed;
}
