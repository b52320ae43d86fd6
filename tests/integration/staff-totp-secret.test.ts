import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { TEST_STAFF_TOTP_KEY, TEST_STAFF_TOTP_KEY_2 } from "@/tests/helpers/production-env";
import { staffUsers } from "@/db/schema";
import { completeStaffSetup, createStaffUser, ensurePendingTotpSecret, signInStaff, verifyStaffCode } from "@/lib/staff/auth";
import { checkStaffSession } from "@/lib/staff/session-store";
import { currentTotp, newTotpSecret } from "@/lib/security/totp";
import { configuredTotpKeyring, openTotpSecret, resealTotpSecrets, sealTotpSecret, totpKeyring } from "@/lib/staff/totp-secret";

const handle = setupTestDb();

const PASSWORD = "Konsola-Zielona-2026";
let counter = 0;
const request = () => ({ ip: `198.51.100.${++counter}`, userAgent: "vitest" });
const stored = async (id: string) => (await handle.db.select().from(staffUsers).where(eq(staffUsers.id, id)))[0]!;

async function half(token: string) {
  const check = await checkStaffSession(handle.db, token);
  if (!check.ok) throw new Error(`session: ${check.reason}`);
  return check;
}

/** Password, then a code: true when the console opens. The last step is cleared so no 30 s wait is needed. */
async function signsInWithCode(id: string, email: string, secret: string): Promise<boolean> {
  await handle.db.update(staffUsers).set({ totpLastStep: null }).where(eq(staffUsers.id, id));
  const first = await signInStaff(handle.db, { email, password: PASSWORD }, request());
  if (!first.ok || first.next !== "code") throw new Error(JSON.stringify(first));
  const done = await verifyStaffCode(handle.db, await half(first.token), await currentTotp(secret), request());
  return done.ok;
}

/** A person through the first sign-in, enrolled the way the setup page does it. */
async function enrolled() {
  const email = `totp${++counter}.${Date.now()}@mojbok.test`;
  const { id, oneTimePassword } = await createStaffUser(handle.db, { email, role: "staff", tenants: ["polo"] });
  const first = await signInStaff(handle.db, { email, password: oneTimePassword }, request());
  if (!first.ok) throw new Error(first.message);
  const secret = await ensurePendingTotpSecret(handle.db, (await half(first.token)).user, newTotpSecret);
  const done = await completeStaffSetup(handle.db, await half(first.token), { password: PASSWORD, code: await currentTotp(secret) }, request());
  if (!done.ok) throw new Error(JSON.stringify(done.fieldErrors));
  return { id, email, secret };
}

describe(`S30: staff TOTP secrets are encrypted at rest (${testDbKind})`, () => {
  it("S30: the DB holds no plaintext TOTP secret — the staff row is sealed, and sign-in with a code still works", async () => {
    const { id, email, secret } = await enrolled();
    const row = await stored(id);
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(row.totpSecret).toMatch(/^v1\.[0-9a-f]{8}\.[\w-]{16}\.[\w-]+\.[\w-]{22}$/);
    expect(row.totpSecret).not.toContain(secret);
    expect(JSON.stringify(await handle.db.select().from(staffUsers))).not.toContain(secret);
    // The setup page, reloaded, shows the same secret (opened on use).
    expect(await ensurePendingTotpSecret(handle.db, row, newTotpSecret)).toBe(secret);
    expect(await signsInWithCode(id, email, secret)).toBe(true);
  });

  it("S30: a sealed secret is bound to its row: copied onto another person it does not open", async () => {
    const a = await enrolled();
    const b = await enrolled();
    const sealedA = (await stored(a.id)).totpSecret!;
    expect(() => openTotpSecret(b.id, sealedA)).toThrow();
    const tampered = `${sealedA.slice(0, -3)}${sealedA.endsWith("AAA") ? "BBB" : "AAA"}`;
    expect(() => openTotpSecret(a.id, tampered)).toThrow();
  });

  it("S30: a plaintext row written before encryption still signs in, and is sealed by the re-encryption pass", async () => {
    const { id, email, secret } = await enrolled();
    await handle.db.update(staffUsers).set({ totpSecret: secret }).where(eq(staffUsers.id, id));
    expect(await signsInWithCode(id, email, secret)).toBe(true);

    const report = await resealTotpSecrets(handle.db);
    expect(report.failed).toEqual([]);
    expect(report.resealed).toBeGreaterThanOrEqual(1);
    const after = (await stored(id)).totpSecret!;
    expect(after.startsWith(`v1.${configuredTotpKeyring().current.id}.`)).toBe(true);
    expect(after).not.toContain(secret);
    expect(await signsInWithCode(id, email, secret)).toBe(true);
    // Nothing left to do: a second pass (another instance starting) changes nothing.
    expect(await resealTotpSecrets(handle.db)).toEqual({ resealed: 0, failed: [] });
  });

  it("S30: rotation — the previous key is still read, the pass moves every row to the new key, then the old key can go", async () => {
    const oldRing = totpKeyring(TEST_STAFF_TOTP_KEY);
    const rotating = totpKeyring(TEST_STAFF_TOTP_KEY_2, TEST_STAFF_TOTP_KEY);
    const newRing = totpKeyring(TEST_STAFF_TOTP_KEY_2);
    const { id, secret } = await enrolled();
    await handle.db
      .update(staffUsers)
      .set({ totpSecret: sealTotpSecret(id, secret, oldRing) })
      .where(eq(staffUsers.id, id));
    const underOld = (await stored(id)).totpSecret!;
    expect(() => openTotpSecret(id, underOld, newRing)).toThrow(/not configured/);
    expect(openTotpSecret(id, underOld, rotating)).toBe(secret);

    // Rows of the other tests are under the development key, unknown to this ring: reported, untouched.
    const report = await resealTotpSecrets(handle.db, rotating);
    expect(report.failed.map((f) => f.staffId)).not.toContain(id);
    const underNew = (await stored(id)).totpSecret!;
    expect(underNew.split(".")[1]).toBe(newRing.current.id);
    expect(openTotpSecret(id, underNew, newRing)).toBe(secret);
    expect(() => openTotpSecret(id, underNew, oldRing)).toThrow(/not configured/);

    // A row under a key nobody configured is reported, not destroyed.
    const lost = await resealTotpSecrets(handle.db, oldRing);
    expect(lost.failed.map((f) => f.staffId)).toContain(id);
    expect((await stored(id)).totpSecret).toBe(underNew);
    // Back to the key the rest of this file uses.
    await resealTotpSecrets(handle.db, totpKeyring(configuredTotpKeyringKeyText(), TEST_STAFF_TOTP_KEY_2));
  });
});

/** The development key as STAFF_TOTP_KEY text (tests run outside production, without STAFF_TOTP_KEY). */
function configuredTotpKeyringKeyText(): string {
  return configuredTotpKeyring().current.bytes.toString("base64");
}
