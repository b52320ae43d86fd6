import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Przelewy24 REST v1 signatures: SHA-384 (hex) of the compact JSON of the listed fields plus the
 * CRC key, in exactly this key order. JSON.stringify of an object built in that order gives the
 * compact form the gateway computes (it does not escape slashes, and neither does JS).
 */
const sha384 = (json: string) => createHash("sha384").update(json, "utf8").digest("hex");

export type RegisterSignFields = { sessionId: string; merchantId: number; amount: number; currency: string; crc: string };
export type NotificationSignFields = {
  merchantId: number;
  posId: number;
  sessionId: string;
  amount: number;
  originAmount: number;
  currency: string;
  orderId: number;
  methodId: number;
  statement: string;
  crc: string;
};
export type VerifySignFields = { sessionId: string; orderId: number; amount: number; currency: string; crc: string };

export function registerSign(f: RegisterSignFields): string {
  return sha384(JSON.stringify({ sessionId: f.sessionId, merchantId: f.merchantId, amount: f.amount, currency: f.currency, crc: f.crc }));
}

export function notificationSign(f: NotificationSignFields): string {
  return sha384(
    JSON.stringify({
      merchantId: f.merchantId,
      posId: f.posId,
      sessionId: f.sessionId,
      amount: f.amount,
      originAmount: f.originAmount,
      currency: f.currency,
      orderId: f.orderId,
      methodId: f.methodId,
      statement: f.statement,
      crc: f.crc,
    }),
  );
}

export function verifySign(f: VerifySignFields): string {
  return sha384(JSON.stringify({ sessionId: f.sessionId, orderId: f.orderId, amount: f.amount, currency: f.currency, crc: f.crc }));
}

/**
 * Constant-time comparison of a received signature with the expected one (S22). timingSafeEqual
 * needs equal lengths, so a received value of another length is compared against the expected one
 * itself (same work) and refused.
 */
export function signaturesMatch(expected: string, received: unknown): boolean {
  const want = Buffer.from(expected, "utf8");
  const got = typeof received === "string" ? Buffer.from(received.toLowerCase(), "utf8") : Buffer.alloc(0);
  if (got.length !== want.length) {
    timingSafeEqual(want, want);
    return false;
  }
  return timingSafeEqual(want, got);
}
