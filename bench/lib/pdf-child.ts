import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PdfTimes } from "../pdf";

export type { PdfTimes };

/** bench/pdf.ts in a Vitest child (see bench/vitest.config.mts for why), against the bench database. */
export async function pdfTimesInChild(tenantId: string): Promise<PdfTimes> {
  const dir = mkdtempSync(path.join(tmpdir(), "mojbok-bench-pdf-"));
  const out = path.join(dir, "pdf.json");
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(path.join(process.cwd(), "node_modules", ".bin", "vitest"), ["run", "--config", "bench/vitest.config.mts", "--reporter=dot"], {
        cwd: process.cwd(),
        env: { ...process.env, BENCH_PDF_OUT: out, BENCH_PDF_TENANT: tenantId },
        stdio: ["ignore", "inherit", "inherit"],
      });
      child.on("error", reject);
      child.on("exit", resolve);
    });
    if (code !== 0) throw new Error(`PDF measurement failed (vitest exited ${code})`);
    return JSON.parse(readFileSync(out, "utf8")) as PdfTimes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
