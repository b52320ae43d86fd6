import { spawn, execFileSync } from "node:child_process";
import path from "node:path";
import { getDbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoData } from "@/lib/demo/seed";
import { ensureDemoAccounts } from "@/lib/demo/demo-accounts";
import { ensureDemoAdmin } from "@/lib/demo/demo-staff";
import { demoIdentitiesFor } from "@/lib/demo/identities";
import { allTenants } from "@/lib/tenant/registry";
import { env } from "@/lib/env";

/**
 * `npm run dev`: prepares the database (embedded PGlite under .data/ unless DATABASE_URL is set),
 * loads the demo data once through the import path, prints the hosts and demo identities, then
 * starts `next dev`. The database is closed before Next opens it (PGlite allows one process).
 */
const port = Number(process.env.PORT ?? 3000);

async function main() {
  execFileSync(process.execPath, [path.join("scripts", "gen-tenant-index.mjs")], { stdio: "inherit" });

  const handle = await getDbHandle();
  await migrateDatabase(handle);
  const seeded = await seedDemoData(handle.db);
  const logins = await ensureDemoAccounts(handle.db);
  const demoAdmin = await ensureDemoAdmin(handle.db);
  await handle.close();

  const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
  const lines: string[] = [];
  lines.push("", bold("mojBOK — development"), "");
  lines.push(
    `Database: ${env().DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${env().PGLITE_DIR}`}${seeded.loaded ? " — demo data loaded now" : ""}`,
  );
  lines.push(`Index of tenants: http://localhost:${port}`);
  lines.push(`Mailbox (every e-mail sent): http://localhost:${port}/dev/mailbox`, "");
  lines.push(bold("Back office (konsola)"), `  http://admin.localhost:${port}/konsola`);
  lines.push(
    demoAdmin.oneTimePassword
      ? `  demo admin: ${demoAdmin.email} / one-time password ${demoAdmin.oneTimePassword} (then set a password and add the TOTP key to an authenticator app)`
      : `  demo admin: ${demoAdmin.email} (already set up: your password and authenticator code)`,
    "",
  );
  for (const tenant of allTenants()) {
    lines.push(bold(`${tenant.names.product} — ${tenant.names.legal}`));
    lines.push(`  http://${tenant.hosts.development[0]}:${port}`);
    const login = logins.find((l) => l.tenantId === tenant.id);
    if (login) lines.push(`  ready demo login: ${login.login} / ${login.password}`);
    for (const identity of demoIdentitiesFor(tenant.id)) {
      if (identity.role === "demo-login") continue;
      const proof =
        identity.role === "register-last-invoice"
          ? `numer odbiorcy ${identity.customerNumber}, ostatnia faktura ${identity.lastInvoice?.number}`
          : identity.role === "register-settlement-amount"
            ? `numer odbiorcy ${identity.customerNumber}, kwota ostatniego rozliczenia ${identity.lastSettlementGross}`
            : `${identity.pesel ? `PESEL ${identity.pesel}` : `NIP ${identity.nip}`}, umowa ${identity.contract.number}`;
      lines.push(`  ${identity.description} (${proof})`);
    }
    lines.push(`  import key (development only): dev-${tenant.id}-import-key`, "");
  }
  console.log(lines.join("\n"));

  // The local Przelewy24 sandbox (scripts/gateway-sandbox/), unless a real gateway is configured.
  const sandbox = process.env.P24_BASE_URL
    ? null
    : spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), path.join("scripts", "gateway-sandbox", "main.ts")], {
        stdio: "inherit",
        env: process.env,
      });
  if (sandbox) console.log(`Przelewy24 sandbox: http://127.0.0.1:${process.env.GATEWAY_SANDBOX_PORT ?? 3200}\n`);

  const next = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "dev", "-p", String(port)], {
    stdio: "inherit",
    env: { ...process.env, PORT: String(port), PUBLIC_PORT: String(port) },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => (next.kill(signal), sandbox?.kill(signal)));
  next.on("exit", (code) => (sandbox?.kill("SIGTERM"), process.exit(code ?? 0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
