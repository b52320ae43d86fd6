import { randomBytes } from "node:crypto";
import { loadTenants } from "@/lib/tenant/registry";
import { tenantModules } from "@/tenants/index.generated";
import { benchDatabaseUrl } from "./db";

/**
 * The environment of the benchmarked server, set on this process too (imported first by run.ts), so
 * the in-process measurements (sign-ins, PDF) and the cookies minted here match the server's.
 */
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3400);

export const benchTenants = [...loadTenants(tenantModules).values()];

export const appEnv: Record<string, string> = {
  NODE_ENV: "production",
  DATABASE_URL: benchDatabaseUrl(),
  AUTH_SECRET: randomBytes(36).toString("base64url"),
  STAFF_TOTP_KEY: randomBytes(32).toString("base64"),
  AUTH_TRUST_HOST: "true",
  TENANT_HOSTS: benchTenants.map((t) => `${t.id}=${t.hosts.development.join("|")}`).join(","),
  ADMIN_HOSTS: "admin.localhost",
  PUBLIC_PORT: String(BENCH_PORT),
  PORT: String(BENCH_PORT),
  NEXT_TELEMETRY_DISABLED: "1",
};
Object.assign(process.env, appEnv);

export const tenantHost = (tenantId: string) => `${benchTenants.find((t) => t.id === tenantId)!.hosts.development[0]}:${BENCH_PORT}`;
