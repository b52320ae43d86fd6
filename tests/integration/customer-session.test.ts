import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { accounts, regulationVersions, sessions } from "@/db/schema";
import { loadCustomerSession } from "@/lib/auth/customer-session";
import { createSession, hashToken, IDLE_MINUTES, revokeSession } from "@/lib/auth/sessions";
import { setClockOffsetSeconds } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import { createAccount, tenant } from "@/tests/integration/sign-in-fixtures";

const handle = setupTestDb();
afterEach(() => setClockOffsetSeconds(0));

const polo = tenant("polo");
const polsp = tenant("polsp");

async function signedIn(options: Parameters<typeof createAccount>[1] = {}) {
  const account = await createAccount(handle.db, options);
  const { token } = await createSession(handle.db, { tenantId: account.tenantId, accountId: account.id });
  return { account, token };
}

describe(`who is asking: session, account, name and regulation in one query (${testDbKind})`, () => {
  it("a live session gives its account, the customer's name and no pending regulation", async () => {
    const { account, token } = await signedIn();
    const result = await loadCustomerSession(handle.db, polo, token);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.found.account.id).toBe(account.id);
    expect(result.found.session.id).toBe(hashToken(token));
    expect(result.found.customerName).toBe("Jan Nowak");
    expect(result.found.regulationPending).toBe(false);
  });

  it("S14: a session of another tenant, an unknown token, a revoked, idle or disabled one: refused", async () => {
    const { token } = await signedIn();
    expect(await loadCustomerSession(handle.db, polsp, token)).toEqual({ ok: false, reason: "wrong-tenant" });
    expect(await loadCustomerSession(handle.db, polo, "no-such-token-" + "x".repeat(30))).toEqual({ ok: false, reason: "missing" });

    const revoked = await signedIn();
    await revokeSession(handle.db, hashToken(revoked.token), "signout");
    expect(await loadCustomerSession(handle.db, polo, revoked.token)).toEqual({ ok: false, reason: "revoked" });

    const idle = await signedIn();
    setClockOffsetSeconds(IDLE_MINUTES * 60 + 5);
    expect(await loadCustomerSession(handle.db, polo, idle.token)).toEqual({ ok: false, reason: "idle" });
    setClockOffsetSeconds(0);

    const disabled = await signedIn();
    await handle.db.update(accounts).set({ status: "disabled" }).where(eq(accounts.id, disabled.account.id));
    expect(await loadCustomerSession(handle.db, polo, disabled.token)).toEqual({ ok: false, reason: "revoked" });
  });

  it("the regulation in force not yet accepted is pending; the session's last use is touched", async () => {
    const { account, token } = await signedIn({ acceptRegulation: false });
    const first = await loadCustomerSession(handle.db, polo, token);
    expect(first.ok && first.found.regulationPending).toBe(true);

    const accepted = await signedIn();
    expect((await loadCustomerSession(handle.db, polo, accepted.token)).ok).toBe(true);
    // A newer version in force today: everybody who accepted the old one is asked again.
    await handle.db.insert(regulationVersions).values({
      tenantId: "polo",
      version: "2026-session-1",
      title: "Regulamin",
      markdown: "## § 1.\n\nTreść.",
      effectiveDate: warsawDate(new Date()),
      status: "published",
      publishedAt: new Date(),
    });
    const after = await loadCustomerSession(handle.db, polo, accepted.token);
    expect(after.ok && after.found.regulationPending).toBe(true);

    setClockOffsetSeconds(60);
    await loadCustomerSession(handle.db, polo, token);
    const [row] = await handle.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, hashToken(token)));
    expect(row!.lastSeenAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    expect(row!.accountId).toBe(account.id);
  });
});
