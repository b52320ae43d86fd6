import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbKind } from "@/tests/helpers/db";
import type { DbHandle } from "@/db/client";
import { seedDemoData } from "@/lib/demo/seed";
import { demoIdentitiesFor } from "@/lib/demo/identities";
import { count } from "./import-helpers";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => handle.close());

describe(`demo seed (${testDbKind})`, () => {
  it("loads every tenant once through the import, then does nothing", async () => {
    const first = await seedDemoData(handle.db, { customers: 6, today: "2026-11-21" });
    expect(first.loaded).toBe(true);
    expect(first.tenants.map((t) => [t.tenantId, t.counts.customer])).toEqual([["mpec", 6], ["polo", 6], ["polsp", 6]]);
    for (const tenantId of ["polo", "polsp", "mpec"]) expect(await count(handle.db, "customers", tenantId)).toBe(6);
    expect(demoIdentitiesFor("mpec").length).toBeLessThanOrEqual(6);

    const second = await seedDemoData(handle.db, { customers: 6, today: "2026-11-21" });
    expect(second).toEqual({ loaded: false, tenants: [] });
  });
});
