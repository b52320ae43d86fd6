import { describe, expect, it } from "vitest";
import { decodeKey, open, seal, sealedKeyId, secretKey } from "@/lib/security/secret-box";
import { TEST_STAFF_TOTP_KEY, TEST_STAFF_TOTP_KEY_2 } from "@/tests/helpers/production-env";

const key = secretKey(decodeKey(TEST_STAFF_TOTP_KEY)!);
const other = secretKey(decodeKey(TEST_STAFF_TOTP_KEY_2)!);

describe("S30: secret box (AES-256-GCM)", () => {
  it("reads 32-byte keys as base64, base64url or hex, and nothing else", () => {
    const bytes = Buffer.alloc(32, 0xab);
    for (const text of [bytes.toString("base64"), bytes.toString("base64url"), bytes.toString("hex"), ` ${bytes.toString("hex").toUpperCase()} `]) {
      expect(decodeKey(text)?.equals(bytes), text).toBe(true);
    }
    for (const text of ["", "short", Buffer.alloc(31).toString("base64"), Buffer.alloc(33).toString("base64"), "z".repeat(64)])
      expect(decodeKey(text), text).toBeNull();
  });

  it("seals with a fresh IV each time, names its key, and opens only with that key and context", () => {
    const a = seal("JBSWY3DPEHPK3PXP", key, "staff-totp:1");
    const b = seal("JBSWY3DPEHPK3PXP", key, "staff-totp:1");
    expect(a).not.toBe(b);
    expect(a).not.toContain("JBSWY3DPEHPK3PXP");
    expect(sealedKeyId(a)).toBe(key.id);
    expect(sealedKeyId("JBSWY3DPEHPK3PXP")).toBeNull();
    expect(open(a, [other, key], "staff-totp:1")).toBe("JBSWY3DPEHPK3PXP");
    expect(() => open(a, [other], "staff-totp:1")).toThrow(/not configured/);
    expect(() => open(a, [key], "staff-totp:2")).toThrow();
  });

  it("refuses a changed ciphertext or a shortened tag", () => {
    const [prefix, id, iv, ciphertext, tag] = seal("JBSWY3DPEHPK3PXP", key, "c").split(".");
    const flipped = Buffer.from(ciphertext!, "base64url");
    flipped[0]! ^= 1;
    expect(() => open([prefix, id, iv, flipped.toString("base64url"), tag].join("."), [key], "c")).toThrow();
    expect(() => open([prefix, id, iv, ciphertext, Buffer.from(tag!, "base64url").subarray(0, 4).toString("base64url")].join("."), [key], "c")).toThrow();
  });
});
