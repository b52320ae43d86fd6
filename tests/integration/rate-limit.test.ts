import { afterEach, describe, expect, it } from "vitest";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { hitRateLimit, hitRateLimits, hitRollingLimit, rollingCount } from "@/lib/security/rate-limit";
import { setClockOffsetSeconds } from "@/lib/clock";

const handle = setupTestDb();
afterEach(() => setClockOffsetSeconds(0));

describe(`database rate limits (${testDbKind})`, () => {
  const rule = { name: "test-signin-ip", limit: 20, windowSeconds: 300 };

  it("S07: 50 attempts from one address are throttled after the limit, others unaffected", async () => {
    // Start at the beginning of a window so the 50 hits share one.
    setClockOffsetSeconds(300 - (Math.floor(Date.now() / 1000) % 300) + 1);
    const results = [];
    for (let i = 0; i < 50; i++) results.push(await hitRateLimit(handle.db, rule, "203.0.113.7"));
    expect(results.filter((r) => r.allowed)).toHaveLength(20);
    expect(results[49]!.allowed).toBe(false);
    expect(results[49]!.retryAfterSeconds).toBeGreaterThan(0);
    expect((await hitRateLimit(handle.db, rule, "198.51.100.1")).allowed).toBe(true);
  });

  it("a new window starts counting again", async () => {
    const ip = "192.0.2.55";
    for (let i = 0; i < 21; i++) await hitRateLimit(handle.db, rule, ip);
    expect((await hitRateLimit(handle.db, rule, ip)).allowed).toBe(false);
    setClockOffsetSeconds(301);
    expect((await hitRateLimit(handle.db, rule, ip)).allowed).toBe(true);
  });

  it("concurrent hits are all counted (atomic increment)", async () => {
    const results = await Promise.all(Array.from({ length: 30 }, () => hitRateLimit(handle.db, { ...rule, name: "parallel" }, "x")));
    expect(new Set(results.map((r) => r.count)).size).toBe(30);
  });

  it("several counters in one statement: each its own count and limit, a null subject always allowed", async () => {
    setClockOffsetSeconds(300 - (Math.floor(Date.now() / 1000) % 300) + 1);
    const byLogin = { name: "multi-login", limit: 3, windowSeconds: 300 };
    const byAddress = { name: "multi-ip", limit: 5, windowSeconds: 60 };
    const answers = [];
    for (let i = 0; i < 6; i++)
      answers.push(
        await hitRateLimits(handle.db, [
          { rule: byLogin, subject: "polo:jan" },
          { rule: byAddress, subject: "203.0.113.9" },
          { rule: byAddress, subject: null },
        ]),
      );
    expect(answers.map((a) => a[0]!.count)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(answers.map((a) => a[0]!.allowed)).toEqual([true, true, true, false, false, false]);
    expect(answers.map((a) => a[1]!.allowed)).toEqual([true, true, true, true, true, false]);
    expect(answers.every((a) => a[2]!.allowed && a[2]!.count === 0)).toBe(true);
    // The same counters as hitRateLimit's: one more hit there sees them.
    expect((await hitRateLimit(handle.db, byLogin, "polo:jan")).count).toBe(7);
    expect(await hitRateLimits(handle.db, [{ rule: byAddress, subject: null }])).toEqual([{ allowed: true, count: 0, retryAfterSeconds: 0 }]);
  });

  it("S26: a rolling count covers the last 24 hours, across fixed windows, and drops hits as they age", async () => {
    const day = { name: "rolling-day", limit: 5, windowSeconds: 86_400 };
    for (const hours of [0, 6, 12, 18, 23]) {
      setClockOffsetSeconds(hours * 3600);
      await hitRollingLimit(handle.db, day, "s1");
    }
    expect(await rollingCount(handle.db, day, "s1")).toBe(5);
    expect((await hitRollingLimit(handle.db, day, "s1")).allowed).toBe(false);
    setClockOffsetSeconds(24 * 3600 + 120);
    expect(await rollingCount(handle.db, day, "s1")).toBe(5);
    expect(await rollingCount(handle.db, day, "s2")).toBe(0);
  });

  it("S26: of parallel rolling hits each sees its own count, so exactly one reaches the limit", async () => {
    const rule = { name: "rolling-parallel", limit: 5, windowSeconds: 86_400 };
    const results = await Promise.all(Array.from({ length: 10 }, () => hitRollingLimit(handle.db, rule, "x")));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
