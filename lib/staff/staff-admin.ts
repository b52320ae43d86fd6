import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { staffUsers, type StaffUser } from "@/db/schema";
import { now } from "@/lib/clock";
import { createStaffUser, normalizeEmail, resetStaffUser } from "./auth";
import { auditStaffAction, isUuid } from "./common";
import { isAdmin, type StaffMember, type StaffScope } from "./scope";
import { revokeAllStaffSessions } from "./session-store";

/**
 * "Pracownicy" (admins only). An admin manages the people whose tenants all lie within the admin's
 * own: anyone with a tenant outside them is "not found", like a person who does not exist. An admin
 * never acts on their own account here (no self-promotion, no locking oneself out). Every change
 * is audited; one-time passwords are returned to be shown once and never stored or audited.
 */

export type ManagedStaff = Pick<
  StaffUser,
  "id" | "email" | "role" | "tenants" | "lockedAt" | "disabledAt" | "lastLoginAt" | "mustChangePassword" | "totpEnrolledAt" | "createdAt" | "failedAttempts"
>;
export type StaffState = "active" | "setup" | "locked" | "disabled";

export const staffState = (s: Pick<StaffUser, "lockedAt" | "disabledAt" | "mustChangePassword" | "totpEnrolledAt">): StaffState =>
  s.disabledAt ? "disabled" : s.lockedAt ? "locked" : s.mustChangePassword || !s.totpEnrolledAt ? "setup" : "active";

export const staffStateLabels: Record<StaffState, string> = {
  active: "Aktywne",
  setup: "Czeka na pierwsze logowanie",
  locked: "Zablokowane",
  disabled: "Wyłączone",
};

const columns = {
  id: staffUsers.id,
  email: staffUsers.email,
  role: staffUsers.role,
  tenants: staffUsers.tenants,
  lockedAt: staffUsers.lockedAt,
  disabledAt: staffUsers.disabledAt,
  lastLoginAt: staffUsers.lastLoginAt,
  mustChangePassword: staffUsers.mustChangePassword,
  totpEnrolledAt: staffUsers.totpEnrolledAt,
  createdAt: staffUsers.createdAt,
  failedAttempts: staffUsers.failedAttempts,
};

/** Every tenant of the person is one of the admin's (jsonb containment). */
const withinScope = (admin: Pick<StaffMember, "tenants">) => sql`${staffUsers.tenants} <@ ${JSON.stringify(admin.tenants)}::jsonb`;

export async function listManagedStaff(scope: StaffScope): Promise<ManagedStaff[]> {
  const { db, staff: admin } = scope;
  if (!isAdmin(scope)) return [];
  return db.select(columns).from(staffUsers).where(withinScope(admin)).orderBy(asc(staffUsers.email));
}

export async function findManagedStaff(scope: StaffScope, id: string): Promise<ManagedStaff | null> {
  const { db, staff: admin } = scope;
  if (!isAdmin(scope) || !isUuid(id)) return null;
  const [row] = await db
    .select(columns)
    .from(staffUsers)
    .where(and(eq(staffUsers.id, id), withinScope(admin)))
    .limit(1);
  return row ?? null;
}

/**
 * The form's tenants come as one checkbox each (`tenant_polo=on`): FormData with repeated names
 * would keep only the last value on the way through the action wrapper.
 */
export const TENANT_CHECKBOX = "tenant_";
const withTenants = (raw: unknown) => {
  const entries = Object.entries((raw ?? {}) as Record<string, unknown>);
  const tenants = entries.filter(([k, v]) => k.startsWith(TENANT_CHECKBOX) && v === "on").map(([k]) => k.slice(TENANT_CHECKBOX.length));
  return { ...(raw as object), tenants };
};

const tenantList = z.array(z.string()).min(1, "Wybierz co najmniej jednego sprzedawcę.");
const role = z.enum(["admin", "staff"], "Wybierz rolę.");

export const staffInputSchema = z.preprocess(
  withTenants,
  z.object({
    email: z.string().trim().min(1, "Pole E-mail jest wymagane.").max(200, "Adres e-mail jest za długi.").pipe(z.email("Podaj poprawny adres e-mail.")),
    role,
    tenants: tenantList,
  }),
);
export const staffAccessSchema = z.preprocess(withTenants, z.object({ id: z.string(), role, tenants: tenantList }));

export type StaffInput = { email: string; role: "admin" | "staff"; tenants: string[] };
export type StaffAccess = { role: "admin" | "staff"; tenants: string[] };

const OUT_OF_SCOPE = "Możesz nadać tylko dostęp do swoich sprzedawców.";
const inAdminScope = (admin: Pick<StaffMember, "tenants">, tenants: string[]) => tenants.length > 0 && tenants.every((t) => admin.tenants.includes(t));

const target = (person: Pick<ManagedStaff, "id" | "tenants">, details?: Record<string, unknown>) => ({
  // A person may span several tenants; a single one is recorded as the row's tenant.
  tenantId: person.tenants.length === 1 ? person.tenants[0]! : null,
  kind: "staff",
  id: person.id,
  details: { tenants: person.tenants, ...details },
});

export type CreateStaffResult = { ok: true; id: string; oneTimePassword: string } | { ok: false; notFound?: true; fieldErrors: Record<string, string[]> };

export async function createManagedStaff(scope: StaffScope, input: StaffInput): Promise<CreateStaffResult> {
  if (!isAdmin(scope)) return { ok: false, notFound: true, fieldErrors: {} };
  if (!inAdminScope(scope.staff, input.tenants)) return { ok: false, fieldErrors: { tenants: [OUT_OF_SCOPE] } };
  const tenants = [...new Set(input.tenants)];
  const email = normalizeEmail(input.email);
  return scope.db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, email)).limit(1);
    if (taken) return { ok: false as const, fieldErrors: { email: ["Konto z tym adresem e-mail już istnieje."] } };
    const created = await createStaffUser(tx, { email, role: input.role, tenants, createdBy: scope.staff.id });
    await auditStaffAction({ ...scope, db: tx }, "staff.created", target({ id: created.id, tenants }, { email, role: input.role }));
    return { ok: true as const, ...created };
  });
}

export type ManageResult<T = object> = ({ ok: true } & T) | { ok: false; notFound?: true; message?: string; fieldErrors?: Record<string, string[]> };

export const SELF_REFUSED = "Własnego konta nie zmienisz w tym miejscu. Poproś o to innego administratora.";

/** The person in scope and not the admin themselves, or why not. */
async function managed(scope: StaffScope, id: string): Promise<{ person: ManagedStaff } | { ok: false; notFound?: true; message?: string }> {
  const person = await findManagedStaff(scope, id);
  if (!person) return { ok: false, notFound: true };
  if (person.id === scope.staff.id) return { ok: false, message: SELF_REFUSED };
  return { person };
}

/** Role and tenants; the sessions stay (the role and scope are read from the row on every request). */
export async function updateStaffAccess(scope: StaffScope, id: string, input: StaffAccess): Promise<ManageResult> {
  const found = await managed(scope, id);
  if (!("person" in found)) return found;
  if (!inAdminScope(scope.staff, input.tenants)) return { ok: false, fieldErrors: { tenants: [OUT_OF_SCOPE] } };
  const tenants = [...new Set(input.tenants)];
  return scope.db.transaction(async (tx) => {
    const rows = await tx
      .update(staffUsers)
      .set({ role: input.role, tenants })
      .where(and(eq(staffUsers.id, found.person.id), withinScope(scope.staff)))
      .returning({ id: staffUsers.id });
    if (!rows.length) return { ok: false as const, notFound: true as const };
    // The new role and tenants (the keys the audit view shows); the old ones are in earlier rows.
    await auditStaffAction(
      { ...scope, db: tx },
      "staff.access_changed",
      target({ id: found.person.id, tenants }, { email: found.person.email, role: input.role }),
    );
    return { ok: true as const };
  });
}

/** "Nowe hasło jednorazowe": password, second factor and sessions end; the person enrols again. */
export async function resetManagedStaff(scope: StaffScope, id: string): Promise<ManageResult<{ oneTimePassword: string }>> {
  const found = await managed(scope, id);
  if (!("person" in found)) return found;
  return scope.db.transaction(async (tx) => {
    const { oneTimePassword } = await resetStaffUser(tx, found.person.id);
    await auditStaffAction({ ...scope, db: tx }, "staff.reset", target(found.person, { email: found.person.email }));
    return { ok: true as const, oneTimePassword };
  });
}

export async function unlockManagedStaff(scope: StaffScope, id: string): Promise<ManageResult> {
  const found = await managed(scope, id);
  if (!("person" in found)) return found;
  if (!found.person.lockedAt) return { ok: false, message: "To konto nie jest zablokowane." };
  return scope.db.transaction(async (tx) => {
    await tx.update(staffUsers).set({ lockedAt: null, failedAttempts: 0 }).where(eq(staffUsers.id, found.person.id));
    await auditStaffAction({ ...scope, db: tx }, "staff.unlocked", target(found.person, { email: found.person.email }));
    return { ok: true as const };
  });
}

/** Disabling ends the person's sessions at once; enabling lets them sign in again with what they had. */
export async function setStaffDisabled(scope: StaffScope, id: string, disabled: boolean): Promise<ManageResult> {
  const found = await managed(scope, id);
  if (!("person" in found)) return found;
  return scope.db.transaction(async (tx) => {
    await tx
      .update(staffUsers)
      .set({ disabledAt: disabled ? now() : null })
      .where(eq(staffUsers.id, found.person.id));
    if (disabled) await revokeAllStaffSessions(tx, found.person.id);
    await auditStaffAction({ ...scope, db: tx }, disabled ? "staff.disabled" : "staff.enabled", target(found.person, { email: found.person.email }));
    return { ok: true as const };
  });
}
