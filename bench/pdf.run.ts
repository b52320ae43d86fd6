import { writeFileSync } from "node:fs";
import { expect, it } from "vitest";
import { requireTenantById } from "@/lib/tenant/registry";
import { openBenchDb } from "./lib/db";
import { pdfTimes } from "./pdf";

// Run by bench/lib/pdf-child.ts through bench/vitest.config.mts; writes its figures to BENCH_PDF_OUT.
it("measures the invoice PDF against a minimal document", async () => {
  const out = process.env.BENCH_PDF_OUT;
  expect(out).toBeTruthy();
  const handle = openBenchDb(1);
  try {
    const result = await pdfTimes(handle.db, requireTenantById(process.env.BENCH_PDF_TENANT ?? "polo"));
    writeFileSync(out!, JSON.stringify(result));
  } finally {
    await handle.close();
  }
});
