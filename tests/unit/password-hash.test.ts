import { describe, expect, it } from "vitest";
import { hashSecret, verifySecret, verifyAgainstDummy } from "@/lib/auth/password-hash";

describe("password hashing", () => {
  it("S04: argon2id with m ≥ 19456 KiB, t ≥ 2, p = 1, in the stored PHC string", async () => {
    const stored = await hashSecret("Zielony-Kwiat-2026");
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/.exec(stored);
    expect(match, stored).not.toBeNull();
    expect(Number(match![1])).toBeGreaterThanOrEqual(19456);
    expect(Number(match![2])).toBeGreaterThanOrEqual(2);
    expect(Number(match![3])).toBe(1);
    expect(stored).not.toContain("Zielony-Kwiat-2026");
  });

  it("verifies the right password only, and never throws on garbage", async () => {
    const stored = await hashSecret("Zielony-Kwiat-2026");
    expect(await verifySecret(stored, "Zielony-Kwiat-2026")).toBe(true);
    expect(await verifySecret(stored, "zielony-kwiat-2026")).toBe(false);
    expect(await verifySecret("not-a-hash", "x")).toBe(false);
    expect(await verifyAgainstDummy("anything")).toBe(false);
  });
});
