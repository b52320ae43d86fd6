import { tenantModules } from "@/tenants/index.generated";
import { tenantSchema, type Tenant } from "@/lib/tenant/schema";
import { parseTenantHosts, normalizeHost, type HostTable } from "@/lib/tenant/resolve";
import { devToolsEnabled, env, isProduction } from "@/lib/env";

/** Validates every tenant file once (at start-up) and builds the host table. */
export function loadTenants(modules: unknown[]): Map<string, Tenant> {
  const byId = new Map<string, Tenant>();
  for (const mod of modules) {
    const parsed = tenantSchema.safeParse(mod);
    if (!parsed.success) {
      const id = (mod as { id?: unknown })?.id ?? "?";
      throw new Error(`tenants/${String(id)}.ts is invalid:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
    }
    if (byId.has(parsed.data.id)) throw new Error(`tenant id "${parsed.data.id}" is defined twice`);
    byId.set(parsed.data.id, parsed.data);
  }
  return byId;
}

export type HostTableOptions = {
  production: boolean;
  tenantHosts?: string;
  adminHosts?: string;
  /** Serve the index of tenants on localhost / 127.0.0.1; defaults to outside production. */
  indexHosts?: boolean;
};

export function buildHostTable(tenants: Map<string, Tenant>, options: HostTableOptions): HostTable {
  const map = new Map<string, string>();
  const add = (host: string, id: string) => {
    const h = normalizeHost(host);
    const existing = map.get(h);
    if (existing && existing !== id) throw new Error(`host ${h} is claimed by tenants ${existing} and ${id}`);
    map.set(h, id);
  };
  const configured = parseTenantHosts(options.tenantHosts);
  for (const id of configured.keys()) if (!tenants.has(id)) throw new Error(`TENANT_HOSTS names unknown tenant "${id}"`);
  for (const tenant of tenants.values()) {
    const hosts = configured.get(tenant.id) ?? tenant.hosts.production;
    for (const h of hosts) add(h, tenant.id);
    if (!options.production) for (const h of tenant.hosts.development) add(h, tenant.id);
  }
  const adminHosts = new Set(
    (options.adminHosts ?? (options.production ? "" : "admin.localhost"))
      .split(",")
      .map((h) => normalizeHost(h))
      .filter(Boolean),
  );
  const indexHosts = new Set((options.indexHosts ?? !options.production) ? ["localhost", "127.0.0.1"] : []);
  return { tenants: map, adminHosts, indexHosts };
}

let cache: { tenants: Map<string, Tenant>; table: HostTable } | undefined;

function registry() {
  if (!cache) {
    const tenants = loadTenants(tenantModules);
    const e = env();
    // The index of tenants follows the dev tools, so the e2e suite can test it on a production build (DEV_TOOLS=1).
    const table = buildHostTable(tenants, {
      production: isProduction(),
      tenantHosts: e.TENANT_HOSTS,
      adminHosts: e.ADMIN_HOSTS,
      indexHosts: devToolsEnabled(),
    });
    cache = { tenants, table };
  }
  return cache;
}

export const allTenants = (): Tenant[] => [...registry().tenants.values()].sort((a, b) => a.id.localeCompare(b.id));
export const hostTable = (): HostTable => registry().table;

export function tenantById(id: string): Tenant | undefined {
  return registry().tenants.get(id);
}

export function requireTenantById(id: string): Tenant {
  const tenant = tenantById(id);
  if (!tenant)
    throw new Error(
      `unknown tenant "${id}" (known: ${allTenants()
        .map((t) => t.id)
        .join(", ")})`,
    );
  return tenant;
}

/** The host a tenant's links point at: first production host in production, else the first development host. */
export function primaryHost(tenant: Tenant): string {
  const table = hostTable();
  for (const [host, id] of table.tenants) if (id === tenant.id && (isProduction() || tenant.hosts.development.includes(host))) return host;
  return tenant.hosts.development[0]!;
}
