import { afterEach, describe, expect, it, vi } from "vitest";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { importKeys } from "@/db/schema";
import { createImportKey, devImportKey, revokeImportKey, verifyImportKey } from "@/lib/import-keys";
import { eq } from "drizzle-orm";
import { productionEnv } from "@/tests/helpers/production-env";

const handle = setupTestDb();
afterEach(() => vi.unstubAllEnvs());

/** env() caches the parsed environment; a fresh module instance sees the stubbed NODE_ENV. */
async function freshKeysModule() {
  vi.resetModules();
  return import("@/lib/import-keys");
}

describe(`import keys (${testDbKind})`, () => {
  it("returns the key once, stores only its SHA-256, and accepts it for its tenant only", async () => {
    const { id, key } = await createImportKey(handle.db, "polo", "CRM", null, "both");
    expect(key).toMatch(/^mbk_polo_[A-Za-z0-9_-]{43}$/);
    const rows = await handle.db.select().from(importKeys);
    expect(JSON.stringify(rows)).not.toContain(key);
    expect(JSON.stringify(rows)).not.toContain(key.slice(9));
    expect(rows.find((r) => r.id === id)!.keyHash).toMatch(/^[0-9a-f]{64}$/);

    expect(await verifyImportKey(handle.db, "polo", key, "import")).toEqual({ id, dev: false, scope: "both", allowed: true });
    expect(await verifyImportKey(handle.db, "polsp", key, "import")).toBeNull();
    const [used] = await handle.db.select().from(importKeys).where(eq(importKeys.id, id));
    expect(used!.lastUsedAt).not.toBeNull();
  });

  it("rejects wrong, empty and revoked keys", async () => {
    const { id, key } = await createImportKey(handle.db, "mpec", "CRM", null, "both");
    expect(await verifyImportKey(handle.db, "mpec", `${key}x`, "import")).toBeNull();
    expect(await verifyImportKey(handle.db, "mpec", "", "import")).toBeNull();
    expect(await verifyImportKey(handle.db, "mpec", undefined, "export")).toBeNull();
    expect(await revokeImportKey(handle.db, "mpec", id)).toBe(true);
    expect(await verifyImportKey(handle.db, "mpec", key, "import")).toBeNull();
  });

  it("S31: a key is refused outside its scope — allowed only for its own use, and only an allowed use is recorded", async () => {
    const cases = [
      ["import", { import: true, export: false }],
      ["export", { import: false, export: true }],
      ["both", { import: true, export: true }],
    ] as const;
    for (const [scope, expected] of cases) {
      const { id, key } = await createImportKey(handle.db, "polsp", `CRM ${scope}`, null, scope);
      for (const use of ["import", "export"] as const) {
        const before = (await handle.db.select().from(importKeys).where(eq(importKeys.id, id)))[0]!.lastUsedAt;
        expect(await verifyImportKey(handle.db, "polsp", key, use)).toEqual({ id, dev: false, scope, allowed: expected[use] });
        const after = (await handle.db.select().from(importKeys).where(eq(importKeys.id, id)))[0]!.lastUsedAt;
        if (expected[use]) expect(after).not.toBeNull();
        else expect(after).toEqual(before);
      }
    }
  });

  it("S31: keys made before scopes existed are `both`", async () => {
    const [row] = await handle.db
      .insert(importKeys)
      .values({ tenantId: "polo", keyHash: "0".repeat(64), label: "stary" })
      .returning();
    expect(row!.scope).toBe("both");
  });

  it("accepts the development key outside production only, and only for its tenant", async () => {
    expect(await verifyImportKey(handle.db, "polo", devImportKey("polo"), "import")).toEqual({ id: "dev", dev: true, scope: "both", allowed: true });
    expect(await verifyImportKey(handle.db, "polsp", devImportKey("polo"), "export")).toBeNull();

    for (const [name, value] of Object.entries({ ...productionEnv, TENANT_HOSTS: "polo=polo.example.pl" })) vi.stubEnv(name, value);
    const production = await freshKeysModule();
    expect(await production.verifyImportKey(handle.db, "polo", devImportKey("polo"), "import")).toBeNull();
  });
});
