import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { accounts, customers, sessions } from "@/db/schema";
import { checkSession, createSession, hashToken, revokeAccountSessions, revokeSession } from "@/lib/auth/sessions";
import { setClockOffsetSeconds } from "@/lib/clock";

const handle = setupTestDb();
let accountId: string;

beforeAll(async () => {
  const address = { street: "ul. Polna", building: "2", postalCode: "00-002", city: "Warszawa" };
  await handle.db.insert(customers).values({ tenantId: "polo", id: "C1", kind: "individual", pesel: "44051401359", name: "Jan Nowak", address });
  const [account] = await handle.db
    .insert(accounts)
    .values({ tenantId: "polo", customerId: "C1", login: "jnowak", email: "jan@example.pl", status: "active" })
    .returning();
  accountId = account!.id;
});
afterEach(() => setClockOffsetSeconds(0));

describe(`customer sessions (${testDbKind})`, () => {
  it("stores only the token's hash", async () => {
    const { token } = await createSession(handle.db, { tenantId: "polo", accountId });
    const rows = await handle.db.select().from(sessions);
    expect(rows.some((r) => r.id === token)).toBe(false);
    expect(rows.some((r) => r.id === hashToken(token))).toBe(true);
  });

  it("S10: idle for 15:01 → refused; activity keeps it alive", async () => {
    const { token } = await createSession(handle.db, { tenantId: "polo", accountId });
    setClockOffsetSeconds(14 * 60);
    expect((await checkSession(handle.db, token, "polo")).ok).toBe(true);
    setClockOffsetSeconds(14 * 60 + 15 * 60 - 5);
    expect((await checkSession(handle.db, token, "polo")).ok).toBe(true);
    setClockOffsetSeconds(14 * 60 + 15 * 60 - 5 + 15 * 60 + 1);
    expect(await checkSession(handle.db, token, "polo")).toEqual({ ok: false, reason: "idle" });
    setClockOffsetSeconds(0);
    expect(await checkSession(handle.db, token, "polo")).toEqual({ ok: false, reason: "idle" });
  });

  it("S10: the absolute lifetime is 12 hours even with constant activity", async () => {
    const { token } = await createSession(handle.db, { tenantId: "polo", accountId });
    for (let minutes = 10; minutes < 12 * 60; minutes += 10) {
      setClockOffsetSeconds(minutes * 60);
      expect((await checkSession(handle.db, token, "polo")).ok).toBe(true);
    }
    setClockOffsetSeconds(12 * 3600);
    expect(await checkSession(handle.db, token, "polo")).toEqual({ ok: false, reason: "expired" });
  });

  it("S11: a revoked session stays refused", async () => {
    const { token, session } = await createSession(handle.db, { tenantId: "polo", accountId });
    await revokeSession(handle.db, session.id, "logout");
    expect(await checkSession(handle.db, token, "polo")).toEqual({ ok: false, reason: "revoked" });
  });

  it("S12: revoking the account's other sessions keeps the current one", async () => {
    const a = await createSession(handle.db, { tenantId: "polo", accountId });
    const b = await createSession(handle.db, { tenantId: "polo", accountId });
    await revokeAccountSessions(handle.db, accountId, "password-changed", a.session.id);
    expect((await checkSession(handle.db, a.token, "polo")).ok).toBe(true);
    expect((await checkSession(handle.db, b.token, "polo")).ok).toBe(false);
  });

  it("S14: a session is void on another tenant's host", async () => {
    const { token } = await createSession(handle.db, { tenantId: "polo", accountId });
    expect(await checkSession(handle.db, token, "polsp")).toEqual({ ok: false, reason: "wrong-tenant" });
    const [row] = await handle.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, hashToken(token)));
    expect(row!.revokedAt).toBeNull();
  });
});
