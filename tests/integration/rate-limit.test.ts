import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbKind } from "@/tests/helpers/db";
import type { DbHandle } from "@/db/client";
import { hitRateLimit } from "@/lib/security/rate-limit";
import { setClockOffsetSeconds } from "@/lib/clock";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterEach(() => setClockOffsetSeconds(0));
afterAll(async () => handle.close());

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
});
