import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { checkReadiness, expectedMigrations, pendingMigrations } from "@/lib/ops/readiness";
import { createTestDb } from "../helpers/db";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("readiness (GET /api/ready)", () => {
  it("is ready on a migrated database", async () => {
    expect(await checkReadiness(handle.db)).toEqual({ ready: true });
  });

  it("is not ready when the database lacks this build's newest migration", async () => {
    const entries = expectedMigrations();
    const newest = entries.at(-1)!;
    const later = { tag: "9999_from_a_newer_build", when: newest.when + 1000 };
    expect(await checkReadiness(handle.db, [...entries, later])).toEqual({ ready: false, reason: "migrations", pending: [later.tag] });
    // Also with the row gone from the database itself (a restore from before the migration).
    await handle.db.execute(sql`DELETE FROM drizzle.__drizzle_migrations WHERE created_at = ${newest.when}`);
    expect(await checkReadiness(handle.db)).toEqual({ ready: false, reason: "migrations", pending: [newest.tag] });
  });

  it("is not ready when no migration was ever applied", async () => {
    await handle.db.execute(sql`DROP TABLE drizzle.__drizzle_migrations`);
    expect(await checkReadiness(handle.db)).toMatchObject({ ready: false, reason: "migrations", pending: expectedMigrations().map((e) => e.tag) });
  });

  it("lists only the entries newer than the newest applied one", () => {
    const entries = [
      { tag: "a", when: 1 },
      { tag: "b", when: 2 },
      { tag: "c", when: 3 },
    ];
    expect(pendingMigrations(entries, 2)).toEqual(["c"]);
    expect(pendingMigrations(entries, null)).toEqual(["a", "b", "c"]);
    expect(pendingMigrations(entries, 3)).toEqual([]);
  });
});
