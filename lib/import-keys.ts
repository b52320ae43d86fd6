import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { importKeys } from "@/db/schema";
import { now } from "@/lib/clock";
import { isProduction } from "@/lib/env";
import { scopeAllows, type ImportKeyScope, type ImportKeyUse } from "@/lib/import-key-scope";

/**
 * Import keys of the sellers' CRMs. A key is 32 random bytes shown once; only its SHA-256 is kept (a
 * fast hash is enough for 256 bits of entropy — there is nothing to brute-force). Outside production
 * every tenant also accepts `dev-<tenant id>-import-key`, never in production.
 *
 * Each key has a scope (S31, docs/security.md): `import` (POST /api/import), `export`
 * (GET /api/export) or `both`. A CRM that only pushes data gets a key that cannot read the portal's
 * events, and the other way round. A key used outside its scope is refused with 403.
 */

/** A known, active key of the tenant; `allowed` says whether its scope covers the use asked for. */
export type VerifiedImportKey = { id: string; dev: boolean; scope: ImportKeyScope; allowed: boolean };

/** The 403 answer's text, in Polish, for a key used outside its scope. */
export const OUT_OF_SCOPE: Record<ImportKeyUse, string> = {
  import: "Ten klucz nie pozwala przesyłać danych do POST /api/import (zakres klucza: tylko eksport). Użyj klucza z zakresem „import” albo „import i eksport”.",
  export: "Ten klucz nie pozwala pobierać danych z GET /api/export (zakres klucza: tylko import). Użyj klucza z zakresem „eksport” albo „import i eksport”.",
};

const sha256 = (value: string) => createHash("sha256").update(value, "utf8").digest();

export const devImportKey = (tenantId: string) => `dev-${tenantId}-import-key`;

export async function createImportKey(
  db: DbOrTx,
  tenantId: string,
  label: string,
  createdBy: string | null,
  scope: ImportKeyScope,
): Promise<{ id: string; key: string }> {
  const key = `mbk_${tenantId}_${randomBytes(32).toString("base64url")}`;
  const [row] = await db
    .insert(importKeys)
    .values({ tenantId, label, createdBy, scope, keyHash: sha256(key).toString("hex"), createdAt: now() })
    .returning({ id: importKeys.id });
  return { id: row!.id, key };
}

function sameSecret(a: string, b: string): boolean {
  const x = sha256(a);
  const y = sha256(b);
  return timingSafeEqual(x, y);
}

/**
 * The tenant's active key for `presented`, or null (unknown, revoked, another tenant's: 401). Its
 * last use is recorded only when the scope covers `use`.
 */
export async function verifyImportKey(
  db: DbOrTx,
  tenantId: string,
  presented: string | null | undefined,
  use: ImportKeyUse,
): Promise<VerifiedImportKey | null> {
  if (!presented || presented.length > 200) return null;
  if (!isProduction() && sameSecret(presented, devImportKey(tenantId))) return { id: "dev", dev: true, scope: "both", allowed: true };
  const hash = sha256(presented);
  const [row] = await db
    .select()
    .from(importKeys)
    .where(eq(importKeys.keyHash, hash.toString("hex")))
    .limit(1);
  if (!row) return null;
  // The lookup already matched the hash; the constant-time compare keeps the check itself free of
  // early exits should the lookup ever become a prefix or index-ordered match.
  if (!timingSafeEqual(Buffer.from(row.keyHash, "hex"), hash)) return null;
  if (row.tenantId !== tenantId || row.revokedAt) return null;
  const allowed = scopeAllows(row.scope, use);
  if (allowed) await db.update(importKeys).set({ lastUsedAt: now() }).where(eq(importKeys.id, row.id));
  return { id: row.id, dev: false, scope: row.scope, allowed };
}

export async function revokeImportKey(db: DbOrTx, tenantId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(importKeys)
    .set({ revokedAt: now() })
    .where(and(eq(importKeys.id, id), eq(importKeys.tenantId, tenantId), isNull(importKeys.revokedAt)))
    .returning({ id: importKeys.id });
  return rows.length > 0;
}
