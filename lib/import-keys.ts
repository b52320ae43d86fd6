import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { importKeys } from "@/db/schema";
import { now } from "@/lib/clock";
import { isProduction } from "@/lib/env";

/**
 * Import keys of the sellers' CRMs. A key is 32 random bytes shown once; only its SHA-256 is kept (a
 * fast hash is enough for 256 bits of entropy — there is nothing to brute-force). Outside production
 * every tenant also accepts `dev-<tenant id>-import-key` (SPEC §6), never in production.
 */

export type VerifiedImportKey = { id: string; dev: boolean };

const sha256 = (value: string) => createHash("sha256").update(value, "utf8").digest();

export const devImportKey = (tenantId: string) => `dev-${tenantId}-import-key`;

export async function createImportKey(db: DbOrTx, tenantId: string, label: string, createdBy: string | null = null): Promise<{ id: string; key: string }> {
  const key = `mbk_${tenantId}_${randomBytes(32).toString("base64url")}`;
  const [row] = await db
    .insert(importKeys)
    .values({ tenantId, label, createdBy, keyHash: sha256(key).toString("hex"), createdAt: now() })
    .returning({ id: importKeys.id });
  return { id: row!.id, key };
}

function sameSecret(a: string, b: string): boolean {
  const x = sha256(a);
  const y = sha256(b);
  return timingSafeEqual(x, y);
}

export async function verifyImportKey(db: DbOrTx, tenantId: string, presented: string | null | undefined): Promise<VerifiedImportKey | null> {
  if (!presented || presented.length > 200) return null;
  if (!isProduction() && sameSecret(presented, devImportKey(tenantId))) return { id: "dev", dev: true };
  const hash = sha256(presented);
  const [row] = await db.select().from(importKeys).where(eq(importKeys.keyHash, hash.toString("hex"))).limit(1);
  if (!row) return null;
  // The lookup already matched the hash; the constant-time compare keeps the check itself free of
  // early exits should the lookup ever become a prefix or index-ordered match.
  if (!timingSafeEqual(Buffer.from(row.keyHash, "hex"), hash)) return null;
  if (row.tenantId !== tenantId || row.revokedAt) return null;
  await db.update(importKeys).set({ lastUsedAt: now() }).where(eq(importKeys.id, row.id));
  return { id: row.id, dev: false };
}

export async function revokeImportKey(db: DbOrTx, tenantId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(importKeys)
    .set({ revokedAt: now() })
    .where(and(eq(importKeys.id, id), eq(importKeys.tenantId, tenantId), isNull(importKeys.revokedAt)))
    .returning({ id: importKeys.id });
  return rows.length > 0;
}
