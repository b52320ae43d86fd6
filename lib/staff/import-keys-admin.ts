import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { importKeys, staffUsers } from "@/db/schema";
import { createImportKey, revokeImportKey } from "@/lib/import-keys";
import { importKeyScopes, type ImportKeyScope } from "@/lib/import-key-scope";
import { tenantById } from "@/lib/tenant/registry";
import type { Tenant } from "@/lib/tenant/schema";
import { auditStaffAction, isUuid } from "./common";
import { isAdmin, type StaffMember, type StaffScope } from "./scope";

/**
 * "Klucze importu" (admins only): the CRM keys of the tenants in scope. A new key is returned once
 * to be shown once (only its SHA-256 is stored, lib/import-keys.ts); revoking is immediate. Each key
 * gets a scope when it is made — import, export or both (S31). The audit rows name the key by id,
 * label and scope, never the key.
 */
export type ImportKeyRow = {
  id: string;
  tenantId: string;
  label: string;
  scope: ImportKeyScope;
  createdAt: Date;
  createdByEmail: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export const newImportKeySchema = z.object({
  tenantId: z.string().trim().min(1, "Wybierz sprzedawcę."),
  label: z.string().trim().min(1, "Pole Nazwa klucza jest wymagane.").max(100, "Nazwa klucza może mieć najwyżej 100 znaków."),
  scope: z.enum(importKeyScopes, "Wybierz zakres klucza."),
});
export type NewImportKeyInput = z.output<typeof newImportKeySchema>;

const scoped = (staff: Pick<StaffMember, "tenants">) => inArray(importKeys.tenantId, staff.tenants.length ? staff.tenants : ["-"]);

// created_by is text (the CLI and the e2e server create keys too); only staff ids join.
const createdByStaff = sql`${importKeys.createdBy} = ${staffUsers.id}::text`;

const select = {
  id: importKeys.id,
  tenantId: importKeys.tenantId,
  label: importKeys.label,
  scope: importKeys.scope,
  createdAt: importKeys.createdAt,
  createdByEmail: staffUsers.email,
  lastUsedAt: importKeys.lastUsedAt,
  revokedAt: importKeys.revokedAt,
};

export async function listImportKeys(scope: StaffScope): Promise<{ tenant: Tenant; keys: ImportKeyRow[] }[]> {
  const { db, staff } = scope;
  const tenants = staff.tenants.map((id) => tenantById(id)).filter((t): t is Tenant => !!t);
  if (!isAdmin(scope) || !tenants.length) return [];
  const rows = await db.select(select).from(importKeys).leftJoin(staffUsers, createdByStaff).where(scoped(staff)).orderBy(desc(importKeys.createdAt));
  return tenants.map((tenant) => ({ tenant, keys: rows.filter((r) => r.tenantId === tenant.id) }));
}

export async function findImportKey(scope: StaffScope, id: string): Promise<ImportKeyRow | null> {
  const { db, staff } = scope;
  if (!isAdmin(scope) || !isUuid(id)) return null;
  const [row] = await db
    .select(select)
    .from(importKeys)
    .leftJoin(staffUsers, createdByStaff)
    .where(and(eq(importKeys.id, id), scoped(staff)))
    .limit(1);
  return row ?? null;
}

export type CreateKeyResult = { ok: true; id: string; key: string; tenant: Tenant } | { ok: false; notFound?: true; fieldErrors: Record<string, string[]> };

export async function createScopedImportKey(scope: StaffScope, input: NewImportKeyInput): Promise<CreateKeyResult> {
  const tenant = tenantById(input.tenantId);
  if (!isAdmin(scope)) return { ok: false, notFound: true, fieldErrors: {} };
  if (!tenant || !scope.staff.tenants.includes(tenant.id)) return { ok: false, fieldErrors: { tenantId: ["Wybierz sprzedawcę z listy."] } };
  return scope.db.transaction(async (tx) => {
    const created = await createImportKey(tx, tenant.id, input.label, scope.staff.id, input.scope);
    await auditStaffAction({ ...scope, db: tx }, "import_key.created", {
      tenantId: tenant.id,
      kind: "import_key",
      id: created.id,
      details: { label: input.label, scope: input.scope },
    });
    return { ok: true as const, ...created, tenant };
  });
}

export async function revokeScopedImportKey(scope: StaffScope, id: string): Promise<{ ok: true } | { ok: false; notFound?: true; message?: string }> {
  const key = await findImportKey(scope, id);
  if (!key) return { ok: false, notFound: true };
  if (key.revokedAt) return { ok: false, message: "Ten klucz jest już unieważniony." };
  return scope.db.transaction(async (tx) => {
    if (!(await revokeImportKey(tx, key.tenantId, key.id))) return { ok: false as const, message: "Ten klucz jest już unieważniony." };
    await auditStaffAction({ ...scope, db: tx }, "import_key.revoked", {
      tenantId: key.tenantId,
      kind: "import_key",
      id: key.id,
      details: { label: key.label },
    });
    return { ok: true as const };
  });
}
