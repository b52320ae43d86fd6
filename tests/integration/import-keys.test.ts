import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb, testDbKind } from "@/tests/helpers/db";
import type { DbHandle } from "@/db/client";
import { importKeys } from "@/db/schema";
import { createImportKey, devImportKey, revokeImportKey, verifyImportKey } from "@/lib/import-keys";
import { eq } from "drizzle-orm";
import { productionEnv } from "@/tests/helpers/production-env";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => handle.close());
afterEach(() => vi.unstubAllEnvs());

/** env() caches the parsed environment; a fresh module instance sees the stubbed NODE_ENV. */
async function freshKeysModule() {
  vi.resetModules();
  return import("@/lib/import-keys");
}

describe(`import keys (${testDbKind})`, () => {
  it("returns the key once, stores only its SHA-256, and accepts it for its tenant only", async () => {
    const { id, key } = await createImportKey(handle.db, "polo", "CRM");
    expect(key).toMatch(/^mbk_polo_[A-Za-z0-9_-]{43}$/);
    const rows = await handle.db.select().from(importKeys);
    expect(JSON.stringify(rows)).not.toContain(key);
    expect(JSON.stringify(rows)).not.toContain(key.slice(9));
    expect(rows.find((r) => r.id === id)!.keyHash).toMatch(/^[0-9a-f]{64}$/);

    expect(await verifyImportKey(handle.db, "polo", key)).toEqual({ id, dev: false });
    expect(await verifyImportKey(handle.db, "polsp", key)).toBeNull();
    const [used] = await handle.db.select().from(importKeys).where(eq(importKeys.id, id));
    expect(used!.lastUsedAt).not.toBeNull();
  });

  it("rejects wrong, empty and revoked keys", async () => {
    const { id, key } = await createImportKey(handle.db, "mpec", "CRM");
    expect(await verifyImportKey(handle.db, "mpec", `${key}x`)).toBeNull();
    expect(await verifyImportKey(handle.db, "mpec", "")).toBeNull();
    expect(await verifyImportKey(handle.db, "mpec", undefined)).toBeNull();
    expect(await revokeImportKey(handle.db, "mpec", id)).toBe(true);
    expect(await verifyImportKey(handle.db, "mpec", key)).toBeNull();
  });

  it("accepts the development key outside production only, and only for its tenant", async () => {
    expect(await verifyImportKey(handle.db, "polo", devImportKey("polo"))).toEqual({ id: "dev", dev: true });
    expect(await verifyImportKey(handle.db, "polsp", devImportKey("polo"))).toBeNull();

    for (const [name, value] of Object.entries({ ...productionEnv, TENANT_HOSTS: "polo=polo.example.pl" })) vi.stubEnv(name, value);
    const production = await freshKeysModule();
    expect(await production.verifyImportKey(handle.db, "polo", devImportKey("polo"))).toBeNull();
  });
});
