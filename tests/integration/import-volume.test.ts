import { describe, expect, it } from "vitest";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { requireTenantById } from "@/lib/tenant/registry";
import { importJsonLines } from "@/lib/import/import-json-lines";
import { demoImportSource } from "@/lib/demo/generate";
import { count } from "./import-helpers";

const handle = setupTestDb();

// ≈ 100 000 lines of demo data on PostgreSQL; in-memory PGlite (WebAssembly) writes about 2 500
// rows/s, so there the same check runs on ≈ 30 000 lines to keep the suite near a minute.
const CUSTOMERS = testDbKind === "postgres" ? 840 : 250;

describe(`import volume (${testDbKind})`, () => {
  it("imports ~100k generated lines with bounded memory", async () => {
    const tenant = requireTenantById("polsp");
    global.gc?.();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const started = performance.now();
    const result = await importJsonLines(handle.db, tenant, demoImportSource(tenant, { customers: CUSTOMERS, today: "2026-11-21" }), {
      onProgress: () => {
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    expect(result.status).toBe("applied");
    expect(result.lines).toBeGreaterThan(CUSTOMERS * 110);
    expect(await count(handle.db, "customers", "polsp")).toBe(CUSTOMERS);
    const growthMb = (peak - baseline) / 1024 / 1024;
    console.log(
      `import volume (${testDbKind}): ${result.lines} lines in ${seconds.toFixed(1)} s = ${Math.round(result.lines / seconds)} records/s, heap growth ${growthMb.toFixed(0)} MB`,
    );
    expect(growthMb).toBeLessThan(150);
  }, 180_000);
});
