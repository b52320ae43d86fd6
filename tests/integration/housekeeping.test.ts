import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { setupTestDb } from "@/tests/helpers/db";
import {
  accounts,
  auditLog,
  authTokens,
  jobs,
  knownDevices,
  pendingSecondSteps,
  rateLimits,
  rememberedDevices,
  secondFactorEmailCodes,
  sessions,
  staffSessions,
  staffUsers,
} from "@/db/schema";
import { addDays, addHours, setClockOffsetSeconds } from "@/lib/clock";
import { log } from "@/lib/log/logger";
import { schedulerPass } from "@/lib/jobs/scheduler";
import { RETENTION_DAYS } from "@/lib/jobs/housekeeping";
import { addCustomer } from "./billing-world";

/**
 * S37, docs/operations.md §11: expired short-lived rows go once an hour; live ones and records stay. The
 * database is the file's, so each test runs at an hour of its own (one housekeeping job per hour).
 */
const handle = setupTestDb();
const clockAt = (date: Date) => setClockOffsetSeconds(Math.ceil((date.getTime() - Date.now()) / 1000));

/** A scheduler pass at `date`, and that hour's housekeeping job, which must have run. */
async function passAt(date: Date) {
  clockAt(date);
  const report = await schedulerPass(handle.db);
  expect(report.failed).toBe(0);
  const [job] = await handle.db
    .select()
    .from(jobs)
    .where(eq(jobs.key, `housekeeping:${date.toISOString().slice(0, 13)}`));
  expect(job).toMatchObject({ status: "done", kind: "housekeeping" });
  return job!;
}

beforeEach(() => {
  vi.spyOn(log(), "info").mockImplementation(() => {});
});
afterEach(() => {
  setClockOffsetSeconds(0);
  vi.restoreAllMocks();
});

/** One row of every kind, `age` old: expired that long ago (or, for counters and devices, last touched then). */
async function rowsAged(at: Date, tag: string, accountId: string, staffId: string, days: number) {
  const then = addDays(at, -days);
  const db = handle.db;
  await db.insert(rateLimits).values({ bucket: `signin-login:polo:${tag}`, windowStart: then, count: 3 });
  await db.insert(sessions).values({ id: `session-${tag}`, tenantId: "polo", accountId, createdAt: addHours(then, -12), lastSeenAt: then, expiresAt: then });
  await db.insert(staffSessions).values({ id: `staff-session-${tag}`, staffId, createdAt: addHours(then, -12), lastSeenAt: then, expiresAt: then });
  await db.insert(authTokens).values({ tenantId: "polo", accountId, purpose: "activation", tokenHash: `token-${tag}`, expiresAt: then });
  await db.insert(pendingSecondSteps).values({ id: `step-${tag}`, tenantId: "polo", accountId, method: "password", expiresAt: then });
  await db.insert(secondFactorEmailCodes).values({ tenantId: "polo", accountId, purpose: "sign-in", codeHash: `code-${tag}`, expiresAt: then });
  await db.insert(rememberedDevices).values({ id: `device-${tag}`, tenantId: "polo", accountId, expiresAt: then });
  await db.insert(knownDevices).values({ accountId, deviceHash: `browser-${tag}`, tenantId: "polo", firstSeenAt: then, lastSeenAt: then });
}

/** A POLO customer with an active account; the account's id. */
async function customerAccount(customerId: string): Promise<{ id: string }> {
  await addCustomer(handle.db, "polo", customerId);
  const [account] = await handle.db
    .insert(accounts)
    .values({ tenantId: "polo", customerId, login: customerId.toLowerCase(), email: `${customerId.toLowerCase()}@example.pl`, status: "active" })
    .returning({ id: accounts.id });
  return account!;
}

async function remaining() {
  const db = handle.db;
  return {
    rateLimits: (await db.select({ id: rateLimits.bucket }).from(rateLimits)).map((r) => r.id).sort(),
    sessions: (await db.select({ id: sessions.id }).from(sessions)).map((r) => r.id).sort(),
    staffSessions: (await db.select({ id: staffSessions.id }).from(staffSessions)).map((r) => r.id).sort(),
    authTokens: (await db.select({ id: authTokens.tokenHash }).from(authTokens)).map((r) => r.id).sort(),
    steps: (await db.select({ id: pendingSecondSteps.id }).from(pendingSecondSteps)).map((r) => r.id).sort(),
    codes: (await db.select({ id: secondFactorEmailCodes.codeHash }).from(secondFactorEmailCodes)).map((r) => r.id).sort(),
    remembered: (await db.select({ id: rememberedDevices.id }).from(rememberedDevices)).map((r) => r.id).sort(),
    browsers: (await db.select({ id: knownDevices.deviceHash }).from(knownDevices)).map((r) => r.id).sort(),
  };
}

describe("housekeeping", () => {
  it("deletes expired sessions, tokens, codes, counters and devices past their retention and keeps the rest", async () => {
    const at = new Date("2026-12-07T10:00:00Z");
    const account = await customerAccount("HK1");
    const [staff] = await handle.db
      .insert(staffUsers)
      .values({ email: "hk-staff@example.pl", role: "staff", tenants: ["polo"], passwordHash: "x" })
      .returning({ id: staffUsers.id });
    // Past every retention (the longest is 90 days for browsers), and just inside the shortest (one day).
    await rowsAged(at, "old", account.id, staff!.id, 120);
    await rowsAged(at, "fresh", account.id, staff!.id, 0.5);
    await handle.db.insert(auditLog).values({ tenantId: "polo", actorKind: "customer", action: "signin.ok", at: addDays(at, -400) });

    const job = await passAt(at);

    expect(await remaining()).toEqual({
      rateLimits: ["signin-login:polo:fresh"],
      sessions: ["session-fresh"],
      staffSessions: ["staff-session-fresh"],
      authTokens: ["token-fresh"],
      steps: ["step-fresh"],
      codes: ["code-fresh"],
      // A remembered device is gone the moment it expires; the fresh one expired 12 hours ago.
      remembered: [],
      browsers: ["browser-fresh"],
    });
    // Records are never touched.
    expect(await handle.db.select().from(auditLog)).toHaveLength(1);
    expect(job.outcome).toContain("rate_limits 1, sessions 1, staff_sessions 1, auth_tokens 1");
  });

  it("keeps what is inside its retention: a session that ended 29 days ago, a counter of yesterday", async () => {
    const at = new Date("2026-12-08T10:00:00Z");
    const account = await customerAccount("HK2");
    const then = addDays(at, -(RETENTION_DAYS.sessions - 1));
    await handle.db.insert(sessions).values({ id: "session-29", tenantId: "polo", accountId: account.id, createdAt: then, lastSeenAt: then, expiresAt: then });
    await handle.db.insert(rateLimits).values({ bucket: "registration-proof-failed:x", windowStart: addDays(at, -1), count: 5 });
    await passAt(at);
    expect((await remaining()).sessions).toContain("session-29");
    expect((await remaining()).rateLimits).toContain("registration-proof-failed:x");
  });

  it("runs once an hour however many passes and instances: its key is the hour", async () => {
    const at = new Date("2026-12-09T10:00:00Z");
    await passAt(at);
    await passAt(addHours(at, 0.5));
    await passAt(addHours(at, 1));
    const rows = await handle.db.select({ key: jobs.key }).from(jobs).where(eq(jobs.kind, "housekeeping"));
    expect(rows.map((r) => r.key).filter((k) => k.startsWith("housekeeping:2026-12-09"))).toEqual(["housekeeping:2026-12-09T10", "housekeeping:2026-12-09T11"]);
  });

  it("deletes the scheduler's own hourly jobs a month after they ran, never a reminder's", async () => {
    const at = new Date("2026-12-10T10:00:00Z");
    const old = addDays(at, -40);
    await handle.db.insert(jobs).values([
      { key: "sweep:reminders:2026-10-28T10", kind: "reminder-sweep", tenantId: null, runAt: old, status: "done", doneAt: old },
      { key: "due:polo:DOC1", kind: "payment-due", tenantId: "polo", runAt: old, status: "done", doneAt: old },
    ]);
    await passAt(at);
    const keys = (await handle.db.select({ key: jobs.key }).from(jobs)).map((r) => r.key);
    expect(keys).not.toContain("sweep:reminders:2026-10-28T10");
    expect(keys).toContain("due:polo:DOC1");
  });
});
