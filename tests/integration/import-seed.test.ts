import { describe, expect, it } from "vitest";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { seedDemoData } from "@/lib/demo/seed";
import { demoIdentitiesFor } from "@/lib/demo/identities";
import { count } from "./import-helpers";

const handle = setupTestDb();

describe(`demo seed (${testDbKind})`, () => {
  it("loads every tenant once through the import, then does nothing", async () => {
    const first = await seedDemoData(handle.db, { customers: 6, today: "2026-11-21" });
    expect(first.loaded).toBe(true);
    expect(first.tenants.map((t) => [t.tenantId, t.counts.customer])).toEqual([
      ["mpec", 6],
      ["polo", 6],
      ["polsp", 6],
    ]);
    for (const tenantId of ["polo", "polsp", "mpec"]) expect(await count(handle.db, "customers", tenantId)).toBe(6);
    expect(demoIdentitiesFor("mpec").length).toBeLessThanOrEqual(6);

    const second = await seedDemoData(handle.db, { customers: 6, today: "2026-11-21" });
    expect(second).toEqual({ loaded: false, tenants: [] });
  });
});
