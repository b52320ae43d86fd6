import { describe, expect, it } from "vitest";
import { notificationSign, registerSign, signaturesMatch, verifySign } from "@/lib/payments/sign";

/**
 * Fixed vectors, computed once outside the code under test with
 *   printf '%s' '<the compact JSON below>' | sha384sum
 * so a change of key order, spacing or escaping in lib/payments/sign.ts fails here.
 */
const crc = "a1b2c3d4e5f6";

describe("Przelewy24 signatures (S22)", () => {
  it("register: {sessionId, merchantId, amount, currency, crc}", () => {
    // {"sessionId":"abc-123","merchantId":11111,"amount":12345,"currency":"PLN","crc":"a1b2c3d4e5f6"}
    expect(registerSign({ sessionId: "abc-123", merchantId: 11111, amount: 12345, currency: "PLN", crc })).toBe(
      "2566b5f11b1e1173a32065b0023320c7b67571d352508a1d4a68254412b2fd7c85ff7c3013613573249666029ff484e4",
    );
  });

  it("notification: every field plus crc, slashes and Polish letters unescaped", () => {
    // {"merchantId":11111,"posId":11111,"sessionId":"abc-123","amount":12345,"originAmount":12345,"currency":"PLN","orderId":301234567,"methodId":25,"statement":"p24-A1/B2 zażółć","crc":"a1b2c3d4e5f6"}
    const sign = notificationSign({
      merchantId: 11111,
      posId: 11111,
      sessionId: "abc-123",
      amount: 12345,
      originAmount: 12345,
      currency: "PLN",
      orderId: 301234567,
      methodId: 25,
      statement: "p24-A1/B2 zażółć",
      crc,
    });
    expect(sign).toBe("e380e0e5729deb23a71b0e5ec0b6bc92d6ccf5530907cb9ff6aba1f3880b7ba439107c96e9abbe053bd12a48de4a603a");
  });

  it("verify: {sessionId, orderId, amount, currency, crc}", () => {
    // {"sessionId":"abc-123","orderId":301234567,"amount":12345,"currency":"PLN","crc":"a1b2c3d4e5f6"}
    expect(verifySign({ sessionId: "abc-123", orderId: 301234567, amount: 12345, currency: "PLN", crc })).toBe(
      "7620b1c69322c003d9af17d14028b04559458d2fd84eae17c5af359550a9c2e351a3436ae2c4d31148d628161ea699b7",
    );
  });

  it("another crc or amount gives another sign", () => {
    const base = { sessionId: "abc-123", merchantId: 11111, amount: 12345, currency: "PLN", crc };
    expect(registerSign({ ...base, crc: "other" })).not.toBe(registerSign(base));
    expect(registerSign({ ...base, amount: 12346 })).not.toBe(registerSign(base));
  });

  it("compares signatures of any length or type without throwing", () => {
    const good = verifySign({ sessionId: "s", orderId: 1, amount: 1, currency: "PLN", crc });
    expect(signaturesMatch(good, good)).toBe(true);
    expect(signaturesMatch(good, good.toUpperCase())).toBe(true);
    expect(signaturesMatch(good, good.slice(0, -1) + (good.endsWith("0") ? "1" : "0"))).toBe(false);
    expect(signaturesMatch(good, good.slice(0, 10))).toBe(false);
    expect(signaturesMatch(good, "")).toBe(false);
    expect(signaturesMatch(good, 42)).toBe(false);
    expect(signaturesMatch(good, undefined)).toBe(false);
  });
});
