import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { staffScope } from "@/tests/helpers/staff-scope";
import { auditLog, staffSessions, staffUsers } from "@/db/schema";
import { hashToken } from "@/lib/auth/sessions";
import { setClockOffsetSeconds } from "@/lib/clock";
import {
  changeStaffPassword,
  completeStaffSetup,
  createStaffUser,
  ensurePendingTotpSecret,
  resetStaffUser,
  signInStaff,
  STAFF_SIGN_IN_FAILED,
  STAFF_THROTTLED,
  verifyStaffCode,
} from "@/lib/staff/auth";
import { checkStaffSession, createStaffSession } from "@/lib/staff/session-store";
import { acceptTotp, currentTotp, newTotpSecret } from "@/lib/security/totp";

const handle = setupTestDb();

const NEW_PASSWORD = "Konsola-Zielona-2026";
let counter = 0;
const nextEmail = () => `pracownik${++counter}.${Date.now()}@mojbok.test`;
// Each test from its own address: the per-address sign-in limit would otherwise join them up.
let request = { ip: "203.0.113.1", userAgent: "vitest" };
beforeEach(() => {
  request = { ip: `203.0.113.${++counter % 250}`, userAgent: "vitest" };
});

async function user(id: string) {
  const [row] = await handle.db.select().from(staffUsers).where(eq(staffUsers.id, id));
  return row!;
}

async function half(token: string) {
  const check = await checkStaffSession(handle.db, token);
  if (!check.ok) throw new Error(`session: ${check.reason}`);
  return check;
}

/** A staff member through the whole first sign-in; returns what a test needs to sign in again. */
async function enrolled(role: "admin" | "staff" = "staff") {
  const email = nextEmail();
  const { id, oneTimePassword } = await createStaffUser(handle.db, { email, role, tenants: ["polo"] });
  const first = await signInStaff(handle.db, { email, password: oneTimePassword }, request);
  if (!first.ok) throw new Error(first.message);
  const h = await half(first.token);
  const secret = await ensurePendingTotpSecret(handle.db, h.user, newTotpSecret);
  const done = await completeStaffSetup(handle.db, await half(first.token), { password: NEW_PASSWORD, code: await currentTotp(secret) }, request);
  if (!done.ok) throw new Error(JSON.stringify(done.fieldErrors));
  return { id, email, secret };
}

describe(`staff sign-in (${testDbKind})`, () => {
  it("first sign-in: the one-time password leads to setup, which sets the password and enrols TOTP", async () => {
    const { id, email } = await enrolled();
    const row = await user(id);
    expect(row.mustChangePassword).toBe(false);
    expect(row.totpEnrolledAt).not.toBeNull();
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const again = await signInStaff(handle.db, { email, password: NEW_PASSWORD }, request);
    expect(again).toMatchObject({ ok: true, next: "code" });
  });

  it("S23: a password alone is not a session — without the TOTP code the console stays closed", async () => {
    const { email } = await enrolled();
    const result = await signInStaff(handle.db, { email, password: NEW_PASSWORD }, request);
    if (!result.ok) throw new Error(result.message);
    const check = await half(result.token);
    expect(check.mfaPassed).toBe(false);
    const wrong = await verifyStaffCode(handle.db, check, "000000", request);
    expect(wrong.ok).toBe(false);
    expect((await half(result.token)).mfaPassed).toBe(false);
  });

  it("S23: the right code opens a new full session and ends the half one; the same code cannot be used twice", async () => {
    const { email, secret } = await enrolled();
    // The code used at setup belongs to this step; wait for a fresh one only if the step is the same.
    const result = await signInStaff(handle.db, { email, password: NEW_PASSWORD }, request);
    if (!result.ok) throw new Error(result.message);
    const h = await half(result.token);
    const lastStep = (await user(h.user.id)).totpLastStep!;
    const code = await currentTotp(secret);
    const step = await acceptTotp(secret, code, null);
    if (step !== null && step <= lastStep) {
      // Same 30-second step as the setup: the code is refused as a replay.
      expect((await verifyStaffCode(handle.db, h, code, request)).ok).toBe(false);
      return;
    }
    const ok = await verifyStaffCode(handle.db, h, code, request);
    if (!ok.ok) throw new Error(ok.message);
    expect((await half(ok.token)).mfaPassed).toBe(true);
    expect((await checkStaffSession(handle.db, result.token)).ok).toBe(false);
    const replay = await signInStaff(handle.db, { email, password: NEW_PASSWORD }, request);
    if (!replay.ok) throw new Error(replay.message);
    expect((await verifyStaffCode(handle.db, await half(replay.token), code, request)).ok).toBe(false);
  });

  it("S23: five wrong codes after the right password lock the person; then even the right password fails with the same message", async () => {
    const { id, email } = await enrolled();
    const result = await signInStaff(handle.db, { email, password: NEW_PASSWORD }, request);
    if (!result.ok) throw new Error(result.message);
    for (let i = 0; i < 5; i++)
      await verifyStaffCode(handle.db, (await user(id)).lockedAt ? { user: await user(id), sessionId: "x" } : await half(result.token), "123456", request);
    expect((await user(id)).lockedAt).not.toBeNull();
    expect((await checkStaffSession(handle.db, result.token)).ok).toBe(false);
    expect(await signInStaff(handle.db, { email, password: NEW_PASSWORD }, request)).toEqual({ ok: false, message: STAFF_SIGN_IN_FAILED });
    const actions = (await handle.db.select().from(auditLog).where(eq(auditLog.actorId, id))).map((r) => r.action);
    expect(actions).toContain("staff.locked");
  });

  it("wrong passwords are throttled but lock nobody: knowing an admin's e-mail is not enough to lock them out", async () => {
    const { id, email } = await enrolled();
    for (let i = 0; i < 8; i++)
      expect(await signInStaff(handle.db, { email, password: `Zle-haslo-${i}-XYZ` }, request)).toEqual({ ok: false, message: STAFF_SIGN_IN_FAILED });
    expect((await user(id)).lockedAt).toBeNull();
    expect(await signInStaff(handle.db, { email, password: NEW_PASSWORD }, request)).toMatchObject({ ok: true, next: "code" });
    expect(await signInStaff(handle.db, { email, password: NEW_PASSWORD }, request)).toEqual({ ok: false, message: STAFF_THROTTLED });
  });

  it("a session with only the password lasts five minutes", async () => {
    const { email } = await enrolled();
    const result = await signInStaff(handle.db, { email, password: NEW_PASSWORD }, request);
    if (!result.ok) throw new Error(result.message);
    try {
      setClockOffsetSeconds(6 * 60);
      expect(await checkStaffSession(handle.db, result.token)).toEqual({ ok: false, reason: "expired" });
    } finally {
      setClockOffsetSeconds(0);
    }
  });

  it("unknown e-mail: the same answer", async () => {
    expect(await signInStaff(handle.db, { email: "nikt@mojbok.test", password: NEW_PASSWORD }, request)).toEqual({ ok: false, message: STAFF_SIGN_IN_FAILED });
  });

  it("S27: a staff one-time password signs in once; the setup of that first session still completes; a reset gives a new one", async () => {
    const email = nextEmail();
    const { id, oneTimePassword } = await createStaffUser(handle.db, { email, role: "staff", tenants: ["polo"] });
    const first = await signInStaff(handle.db, { email, password: oneTimePassword }, request);
    expect(first).toMatchObject({ ok: true, next: "setup" });
    if (!first.ok) return;
    expect(await signInStaff(handle.db, { email, password: oneTimePassword }, request)).toEqual({ ok: false, message: STAFF_SIGN_IN_FAILED });
    const refusals = await handle.db.select().from(auditLog).where(eq(auditLog.actorId, id));
    expect(refusals.some((r) => r.action === "staff.sign_in_failed" && (r.details as { reason?: string }).reason === "one-time-password-used")).toBe(true);

    const secret = await ensurePendingTotpSecret(handle.db, (await half(first.token)).user, newTotpSecret);
    const done = await completeStaffSetup(handle.db, await half(first.token), { password: NEW_PASSWORD, code: await currentTotp(secret) }, request);
    expect(done.ok).toBe(true);
    expect(await signInStaff(handle.db, { email, password: NEW_PASSWORD }, request)).toMatchObject({ ok: true, next: "code" });

    // Lost before the setup: an admin's reset gives a new one-time password, good for one sign-in again.
    const { oneTimePassword: second } = await resetStaffUser(handle.db, id);
    expect(await signInStaff(handle.db, { email, password: second }, request)).toMatchObject({ ok: true, next: "setup" });
    expect(await signInStaff(handle.db, { email, password: second }, request)).toEqual({ ok: false, message: STAFF_SIGN_IN_FAILED });
  });

  it("setup refuses a weak password and keeps the account as it was", async () => {
    const email = nextEmail();
    const { id, oneTimePassword } = await createStaffUser(handle.db, { email, role: "staff", tenants: ["polo"] });
    const first = await signInStaff(handle.db, { email, password: oneTimePassword }, request);
    if (!first.ok) throw new Error(first.message);
    const h = await half(first.token);
    const secret = await ensurePendingTotpSecret(handle.db, h.user, newTotpSecret);
    const result = await completeStaffSetup(handle.db, await half(first.token), { password: "krotkie", code: await currentTotp(secret) }, request);
    expect(result.ok).toBe(false);
    expect((await user(id)).mustChangePassword).toBe(true);
    // The secret shown on the page stays the same across reloads.
    expect(await ensurePendingTotpSecret(handle.db, await user(id), newTotpSecret)).toBe(secret);
  });

  it("sessions: 15 minutes idle end the session", async () => {
    const { id } = await enrolled();
    const token = await createStaffSession(handle.db, id, true, request);
    try {
      setClockOffsetSeconds(14 * 60);
      expect((await checkStaffSession(handle.db, token)).ok).toBe(true);
      setClockOffsetSeconds(14 * 60 + 16 * 60);
      expect(await checkStaffSession(handle.db, token)).toEqual({ ok: false, reason: "idle" });
    } finally {
      setClockOffsetSeconds(0);
    }
  });

  it("S23: changing the own password needs the current one and a code; other sessions end, this one goes on", async () => {
    const { id, email, secret } = await enrolled();
    const here = await createStaffSession(handle.db, id, true, request);
    const elsewhere = await createStaffSession(handle.db, id, true, request);
    const session = await half(here);
    const me = staffScope(handle.db, { id, email, role: "admin", tenants: [], sessionId: session.sessionId }, request);
    const NEXT = "Nowe-Haslo-Konsoli-2027";
    expect(await changeStaffPassword(me, { current: "Zle-haslo-XYZ-123", password: NEXT, code: "000000" })).toEqual({
      ok: false,
      fieldErrors: { current: ["Obecne hasło jest nieprawidłowe."] },
    });
    expect(await changeStaffPassword(me, { current: NEW_PASSWORD, password: "krotkie", code: "000000" })).toMatchObject({
      ok: false,
      fieldErrors: { password: expect.any(Array) },
    });
    expect(await changeStaffPassword(me, { current: NEW_PASSWORD, password: NEXT, code: "000000" })).toMatchObject({
      ok: false,
      fieldErrors: { code: expect.any(Array) },
    });
    // A fresh code (the setup used the current step): wait for the next one if needed.
    const lastStep = (await user(id)).totpLastStep!;
    while (Math.floor(Date.now() / 30_000) <= lastStep) await new Promise((r) => setTimeout(r, 250));
    expect(await changeStaffPassword(me, { current: NEW_PASSWORD, password: NEXT, code: await currentTotp(secret) })).toEqual({ ok: true });
    expect((await checkStaffSession(handle.db, here)).ok).toBe(true);
    expect((await checkStaffSession(handle.db, elsewhere)).ok).toBe(false);
    expect(await signInStaff(handle.db, { email, password: NEXT }, request)).toMatchObject({ ok: true });
    const actions = (await handle.db.select().from(auditLog).where(eq(auditLog.actorId, id))).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["staff.password_change_failed", "staff.password_changed"]));
    expect(JSON.stringify(await handle.db.select().from(auditLog).where(eq(auditLog.actorId, id)))).not.toContain(NEXT);
  }, 40_000);

  it("a reset ends sessions and the second factor", async () => {
    const { id, email } = await enrolled();
    const result = await signInStaff(handle.db, { email, password: NEW_PASSWORD }, request);
    if (!result.ok) throw new Error(result.message);
    await resetStaffUser(handle.db, id);
    expect((await checkStaffSession(handle.db, result.token)).ok).toBe(false);
    const row = await user(id);
    expect(row.totpSecret).toBeNull();
    expect(row.mustChangePassword).toBe(true);
  });

  it("S20: staff sign-in audit rows name who and where, and hold no password, code or token", async () => {
    const { id, email } = await enrolled();
    await signInStaff(handle.db, { email, password: "Zle-haslo-123-XYZ" }, request);
    const rows = await handle.db.select().from(auditLog).where(eq(auditLog.actorId, id));
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(["staff.password_ok", "staff.setup_completed", "staff.signed_in", "staff.sign_in_failed"]),
    );
    for (const row of rows) {
      expect(row.ip).toBe(request.ip);
      const text = JSON.stringify(row);
      expect(text).not.toContain(NEW_PASSWORD);
      expect(text).not.toContain("Zle-haslo");
    }
    const sessions = await handle.db.select().from(staffSessions).where(eq(staffSessions.staffId, id));
    for (const s of sessions) expect(s.id).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken("x")).toHaveLength(64);
  });
});
