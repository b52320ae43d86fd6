import { describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { rememberedSessionCookies, sessionTokenOf } from "@/lib/auth/session-jwt";

const secret = "a-test-secret-of-more-than-thirty-two-characters";
const name = "__Host-mojbok.session";
const cookie = (token: Record<string, unknown>, options: { secret?: string; salt?: string; maxAge?: number } = {}) =>
  encode({ token, secret: options.secret ?? secret, salt: options.salt ?? name, maxAge: options.maxAge ?? 3600 });

describe("session cookie → sid (what auth() would return, without its cost)", () => {
  it("reads the sid of a cookie Auth.js made, and remembers the value", async () => {
    const value = await cookie({ sid: "token-1" });
    const before = rememberedSessionCookies();
    expect(await sessionTokenOf(value, name, secret)).toBe("token-1");
    expect(rememberedSessionCookies()).toBe(before + 1);
    expect(await sessionTokenOf(value, name, secret)).toBe("token-1");
    expect(rememberedSessionCookies()).toBe(before + 1);
  });

  it("refuses another secret, another cookie name (salt), a tampered value, garbage and a missing sid", async () => {
    const value = await cookie({ sid: "token-2" });
    expect(await sessionTokenOf(value, name, "another-secret-of-more-than-thirty-two-chars")).toBeNull();
    expect(await sessionTokenOf(value, "mojbok.session", secret)).toBeNull();
    expect(await sessionTokenOf(await cookie({ sid: "x" }, { salt: "other" }), name, secret)).toBeNull();
    const parts = value.split(".");
    parts[3] = parts[3]!.slice(0, -2) + (parts[3]!.endsWith("AA") ? "BB" : "AA");
    expect(await sessionTokenOf(parts.join("."), name, secret)).toBeNull();
    expect(await sessionTokenOf("not-a-jwt", name, secret)).toBeNull();
    expect(await sessionTokenOf(await cookie({ other: 1 }), name, secret)).toBeNull();
    // A refused value is not remembered: the right secret still reads it afterwards.
    expect(await sessionTokenOf(value, name, secret)).toBe("token-2");
  });

  it("stops answering once the JWT has expired, also from memory", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const value = await cookie({ sid: "token-3" }, { maxAge: 60 });
      expect(await sessionTokenOf(value, name, secret)).toBe("token-3");
      vi.setSystemTime(Date.now() + 61_000);
      expect(await sessionTokenOf(value, name, secret)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
