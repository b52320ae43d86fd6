import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { staffSessions, staffUsers, type StaffUser } from "@/db/schema";
import type { Db, DbOrTx } from "@/db/client";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { hashSecret, verifyAgainstDummy, verifySecret } from "@/lib/auth/password-hash";
import { passwordProblems } from "@/lib/auth/password-policy";
import { hitAddressLimit, hitRateLimit } from "@/lib/security/rate-limit";
import type { PasswordPolicy } from "@/lib/tenant/schema";
import { acceptTotp } from "@/lib/security/totp";
import { openTotpSecret, sealTotpSecret } from "./totp-secret";
import type { RequestMeta } from "@/lib/request/meta";
import type { StaffScope } from "./scope";
import { createStaffSession, revokeAllStaffSessions, revokeStaffSession } from "./session-store";

/**
 * Staff sign-in (S23): e-mail + password, then a TOTP code. The first sign-in uses the one-time
 * password `npm run staff:create` printed and continues to the setup page (own password + TOTP
 * enrolment). Five wrong codes in a row — typed after the right password — lock the person out
 * until an admin unlocks them. Wrong passwords are throttled (per e-mail and per address) but do not
 * lock: otherwise anyone who knows an admin's e-mail could lock every admin out. Every outcome is
 * audited without what was typed.
 */
export const STAFF_MAX_FAILURES = 5;
export const STAFF_SIGN_IN_FAILED = "Nieprawidłowy e-mail lub hasło albo konto jest zablokowane.";
export const STAFF_CODE_FAILED = "Nieprawidłowy kod. Wpisz aktualny kod z aplikacji uwierzytelniającej.";
export const STAFF_THROTTLED = "Zbyt wiele prób logowania. Spróbuj ponownie za kilka minut.";

export const staffPasswordPolicy: PasswordPolicy = {
  documentedMinLength: 12,
  maxLength: 128,
  requireUpper: true,
  requireLower: true,
  requireDigit: true,
  requireDigitOrSpecial: false,
  hint: "Co najmniej 12 znaków, w tym wielka i mała litera oraz cyfra.",
};

const rules = {
  byAddress: { name: "staff-signin-ip", limit: 20, windowSeconds: 300 },
  byEmail: { name: "staff-signin-email", limit: 10, windowSeconds: 300 },
  // Counted in the database before a code is checked: parallel guesses cannot outrun the lock.
  codesByPerson: { name: "staff-code", limit: 10, windowSeconds: 300 },
};

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

async function findByEmail(db: DbOrTx, email: string): Promise<StaffUser | null> {
  const [user] = await db
    .select()
    .from(staffUsers)
    .where(eq(staffUsers.email, normalizeEmail(email)))
    .limit(1);
  return user ?? null;
}

const event = (user: StaffUser | null, action: string, request: RequestMeta, details?: Record<string, unknown>) => ({
  tenantId: null,
  actorKind: "staff",
  actorId: user?.id ?? null,
  action,
  targetKind: "staff",
  targetId: user?.id ?? null,
  ip: request.ip,
  userAgent: request.userAgent,
  details,
});

/** Counts a failure (atomically) and locks at the fifth; the person's sessions end with the lock. */
async function recordStaffFailure(db: Db, user: StaffUser, request: RequestMeta, kind: "code"): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(staffUsers)
      .set({ failedAttempts: sql`${staffUsers.failedAttempts} + 1` })
      .where(eq(staffUsers.id, user.id))
      .returning({ failedAttempts: staffUsers.failedAttempts, lockedAt: staffUsers.lockedAt });
    await audit(tx, event(user, "staff.sign_in_failed", request, { step: kind }));
    if (row && !row.lockedAt && row.failedAttempts >= STAFF_MAX_FAILURES) {
      await tx.update(staffUsers).set({ lockedAt: now() }).where(eq(staffUsers.id, user.id));
      await revokeAllStaffSessions(tx, user.id);
      await audit(tx, event(user, "staff.locked", request));
    }
  });
}

/** A code from the person's authenticator app, or null; a wrong one counts towards the lock. */
async function acceptCode(db: Db, user: StaffUser, sealedSecret: string, code: string, request: RequestMeta): Promise<number | null> {
  const step = await acceptTotp(openTotpSecret(user.id, sealedSecret), code, user.totpLastStep ?? null);
  if (step === null) await recordStaffFailure(db, user, request, "code");
  return step;
}

/**
 * While mustChangePassword the password is a one-time password, and it signs in once (S27): the
 * setup goes on in the session it opened; a second sign-in with it is refused until an admin (or
 * `npm run staff:create -- --reset`) gives a new one. Atomic: of two racing sign-ins one gets it.
 */
async function claimOneTimePassword(db: DbOrTx, staffId: string): Promise<boolean> {
  const claimed = await db
    .update(staffUsers)
    .set({ oneTimePasswordUsedAt: now() })
    .where(and(eq(staffUsers.id, staffId), eq(staffUsers.mustChangePassword, true), isNull(staffUsers.oneTimePasswordUsedAt)))
    .returning({ id: staffUsers.id });
  return claimed.length === 1;
}

export type StaffSignInResult = { ok: true; token: string; next: "code" | "setup" } | { ok: false; message: string };

/** Step one. Exactly one argon2 verification on every path (unknown e-mails verify a dummy hash). */
export async function signInStaff(db: Db, input: { email: string; password: string }, request: RequestMeta): Promise<StaffSignInResult> {
  const email = normalizeEmail(input.email);
  const byEmail = await hitRateLimit(db, rules.byEmail, email);
  const byAddress = await hitAddressLimit(db, rules.byAddress, request.ip);
  if (!byEmail.allowed || !byAddress.allowed) return { ok: false, message: STAFF_THROTTLED };

  const user = await findByEmail(db, email);
  const passwordOk = user ? await verifySecret(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user) {
    await audit(db, event(null, "staff.sign_in_failed", request, { step: "password", reason: "unknown" }));
    return { ok: false, message: STAFF_SIGN_IN_FAILED };
  }
  if (user.lockedAt || user.disabledAt) {
    await audit(db, event(user, "staff.sign_in_failed", request, { step: "password", reason: user.lockedAt ? "locked" : "disabled" }));
    return { ok: false, message: STAFF_SIGN_IN_FAILED };
  }
  if (!passwordOk) {
    await audit(db, event(user, "staff.sign_in_failed", request, { step: "password" }));
    return { ok: false, message: STAFF_SIGN_IN_FAILED };
  }
  if (user.mustChangePassword && !(await claimOneTimePassword(db, user.id))) {
    await audit(db, event(user, "staff.sign_in_failed", request, { step: "password", reason: "one-time-password-used" }));
    return { ok: false, message: STAFF_SIGN_IN_FAILED };
  }
  const next = user.mustChangePassword || !user.totpEnrolledAt ? "setup" : "code";
  // Five minutes to type a code; the first-time setup (app install, QR, new password) gets thirty.
  const token = await createStaffSession(db, user.id, false, request, next === "setup" ? 30 : undefined);
  await audit(db, event(user, "staff.password_ok", request));
  return { ok: true, token, next };
}

/** Step two: the code. Success ends the half session and opens a new, full one (a new id). */
export async function verifyStaffCode(
  db: Db,
  half: { user: StaffUser; sessionId: string },
  code: string,
  request: RequestMeta,
): Promise<{ ok: true; token: string } | { ok: false; message: string }> {
  const user = half.user;
  if (!user.totpSecret || !user.totpEnrolledAt) return { ok: false, message: STAFF_CODE_FAILED };
  if (!(await hitRateLimit(db, rules.codesByPerson, user.id)).allowed) return { ok: false, message: STAFF_THROTTLED };
  const step = await acceptCode(db, user, user.totpSecret, code, request);
  if (step === null) return { ok: false, message: STAFF_CODE_FAILED };
  return db.transaction(async (tx) => {
    // Conditional: two parallel submissions of the same code cannot both pass.
    const [claimed] = await tx
      .update(staffUsers)
      .set({ totpLastStep: step, failedAttempts: 0, lastLoginAt: now() })
      .where(and(eq(staffUsers.id, user.id), isNull(staffUsers.lockedAt), sql`coalesce(${staffUsers.totpLastStep}, -1) < ${step}`))
      .returning({ id: staffUsers.id });
    if (!claimed) return { ok: false as const, message: STAFF_CODE_FAILED };
    await revokeStaffSession(tx, half.sessionId);
    const token = await createStaffSession(tx, user.id, true, request);
    await audit(tx, event(user, "staff.signed_in", request));
    return { ok: true as const, token };
  });
}

export function staffPasswordProblems(password: string, email: string): string[] {
  return passwordProblems(password, staffPasswordPolicy, { login: email.split("@")[0], names: ["mojbok", "polenergia"] });
}

/**
 * First sign-in: a new password and the TOTP enrolment in one step. The secret was stored when the
 * setup page was first shown; the code proves the authenticator holds it.
 */
export async function completeStaffSetup(
  db: Db,
  half: { user: StaffUser; sessionId: string },
  input: { password: string; code: string },
  request: RequestMeta,
): Promise<{ ok: true; token: string } | { ok: false; fieldErrors: Record<string, string[]> }> {
  const user = half.user;
  const problems = staffPasswordProblems(input.password, user.email);
  if (await verifySecret(user.passwordHash, input.password)) problems.push("Nowe hasło musi być inne niż hasło jednorazowe.");
  if (problems.length) return { ok: false, fieldErrors: { password: problems } };
  if (!user.totpSecret) return { ok: false, fieldErrors: { code: [STAFF_CODE_FAILED] } };
  if (!(await hitRateLimit(db, rules.codesByPerson, user.id)).allowed) return { ok: false, fieldErrors: { code: [STAFF_THROTTLED] } };
  const step = await acceptCode(db, user, user.totpSecret, input.code, request);
  if (step === null) return { ok: false, fieldErrors: { code: [STAFF_CODE_FAILED] } };
  const passwordHash = await hashSecret(input.password);
  return db.transaction(async (tx) => {
    const at = now();
    await tx
      .update(staffUsers)
      .set({
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: at,
        totpEnrolledAt: user.totpEnrolledAt ?? at,
        totpLastStep: step,
        failedAttempts: 0,
        lastLoginAt: at,
      })
      .where(eq(staffUsers.id, user.id));
    await revokeAllStaffSessions(tx, user.id);
    const token = await createStaffSession(tx, user.id, true, request);
    await audit(tx, event(user, "staff.setup_completed", request));
    await audit(tx, event(user, "staff.signed_in", request));
    return { ok: true as const, token };
  });
}

export const STAFF_PASSWORD_CHANGED = "Hasło zostało zmienione. Pozostałe sesje zostały zakończone.";

/**
 * "Moje konto → Zmień hasło": the current password and a code from the app (a stolen session alone
 * cannot change it), a new password under the staff policy; every other session of the person ends.
 */
export async function changeStaffPassword(
  { db, staff, request }: StaffScope,
  input: { current: string; password: string; code: string },
): Promise<{ ok: true } | { ok: false; fieldErrors: Record<string, string[]> }> {
  const [user] = await db.select().from(staffUsers).where(eq(staffUsers.id, staff.id)).limit(1);
  if (!user || !user.totpSecret) return { ok: false, fieldErrors: { current: [STAFF_SIGN_IN_FAILED] } };
  if (!(await hitRateLimit(db, rules.codesByPerson, user.id)).allowed) return { ok: false, fieldErrors: { current: [STAFF_THROTTLED] } };
  if (!(await verifySecret(user.passwordHash, input.current))) {
    await audit(db, event(user, "staff.password_change_failed", request, { reason: "current" }));
    return { ok: false, fieldErrors: { current: ["Obecne hasło jest nieprawidłowe."] } };
  }
  const problems = staffPasswordProblems(input.password, user.email);
  if (input.password === input.current) problems.push("Nowe hasło musi być inne niż obecne.");
  if (problems.length) return { ok: false, fieldErrors: { password: problems } };
  const step = await acceptCode(db, user, user.totpSecret, input.code, request);
  if (step === null) return { ok: false, fieldErrors: { code: [STAFF_CODE_FAILED] } };
  const passwordHash = await hashSecret(input.password);
  await db.transaction(async (tx) => {
    const at = now();
    await tx.update(staffUsers).set({ passwordHash, passwordChangedAt: at, totpLastStep: step, failedAttempts: 0 }).where(eq(staffUsers.id, user.id));
    // Every other session ends; this one goes on.
    await tx
      .update(staffSessions)
      .set({ revokedAt: at })
      .where(and(eq(staffSessions.staffId, user.id), isNull(staffSessions.revokedAt), ne(staffSessions.id, staff.sessionId)));
    await audit(tx, event(user, "staff.password_changed", request));
  });
  return { ok: true };
}

/** "Moje konto": when the signed-in person last signed in and last changed their password. */
export async function ownAccountDates({ db, staff }: StaffScope): Promise<{ lastLoginAt: Date | null; passwordChangedAt: Date | null }> {
  const [me] = await db
    .select({ lastLoginAt: staffUsers.lastLoginAt, passwordChangedAt: staffUsers.passwordChangedAt })
    .from(staffUsers)
    .where(eq(staffUsers.id, staff.id))
    .limit(1);
  return me ?? { lastLoginAt: null, passwordChangedAt: null };
}

/** The secret the setup page shows; made once and kept (sealed, S30) until enrolment, so a reload shows the same. */
export async function ensurePendingTotpSecret(db: DbOrTx, user: StaffUser, makeSecret: () => Promise<string>): Promise<string> {
  if (user.totpSecret) return openTotpSecret(user.id, user.totpSecret);
  const secret = await makeSecret();
  const [row] = await db
    .update(staffUsers)
    .set({ totpSecret: sql`coalesce(${staffUsers.totpSecret}, ${sealTotpSecret(user.id, secret)})` })
    .where(eq(staffUsers.id, user.id))
    .returning({ totpSecret: staffUsers.totpSecret });
  return row?.totpSecret ? openTotpSecret(user.id, row.totpSecret) : secret;
}

/** A one-time password for a new or reset staff account: 20 characters, shown once. */
export const newOneTimeStaffPassword = () => randomBytes(15).toString("base64url");

export type NewStaff = { email: string; role: "admin" | "staff"; tenants: string[]; createdBy?: string | null };

/** Creates a staff account with a one-time password; the person sets their own at the first sign-in. */
export async function createStaffUser(db: DbOrTx, input: NewStaff): Promise<{ id: string; oneTimePassword: string }> {
  const oneTimePassword = newOneTimeStaffPassword();
  const [row] = await db
    .insert(staffUsers)
    .values({
      email: normalizeEmail(input.email),
      role: input.role,
      tenants: [...new Set(input.tenants)],
      passwordHash: await hashSecret(oneTimePassword),
      mustChangePassword: true,
      createdBy: input.createdBy ?? null,
    })
    .returning({ id: staffUsers.id });
  return { id: row!.id, oneTimePassword };
}

/**
 * A new one-time password (an admin's "reset" or the CLI for an existing e-mail): the old password,
 * the second factor and every session end; the person enrols again.
 */
export async function resetStaffUser(db: DbOrTx, staffId: string): Promise<{ oneTimePassword: string }> {
  const oneTimePassword = newOneTimeStaffPassword();
  await db
    .update(staffUsers)
    .set({
      passwordHash: await hashSecret(oneTimePassword),
      mustChangePassword: true,
      oneTimePasswordUsedAt: null,
      totpSecret: null,
      totpEnrolledAt: null,
      totpLastStep: null,
      failedAttempts: 0,
      lockedAt: null,
    })
    .where(eq(staffUsers.id, staffId));
  await revokeAllStaffSessions(db, staffId);
  return { oneTimePassword };
}
