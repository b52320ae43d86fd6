/**
 * Host → tenant, as pure functions (no I/O), so they are easy to test. The caller passes the table
 * of known hosts; unknown hosts resolve to null and become a 404 — a tenant is never guessed.
 */

export type HostTarget = { kind: "tenant"; tenantId: string } | { kind: "admin" } | { kind: "index" };

export type HostTable = {
  tenants: ReadonlyMap<string, string>;
  adminHosts: ReadonlySet<string>;
  /** Bare hosts that show the development index of tenants (outside production, or with DEV_TOOLS=1). */
  indexHosts: ReadonlySet<string>;
};

/** Lower-case, no port, no trailing dot, no leading "www.". Returns "" for garbage. */
export function normalizeHost(raw: string | null | undefined): string {
  if (!raw) return "";
  let host = raw.split(",")[0]!.trim().toLowerCase();
  if (host.startsWith("[")) {
    const end = host.indexOf("]");
    host = end === -1 ? "" : host.slice(0, end + 1);
  } else {
    const colon = host.indexOf(":");
    if (colon !== -1) host = host.slice(0, colon);
  }
  host = host.replace(/\.$/, "");
  if (host.startsWith("www.")) host = host.slice(4);
  if (!/^[a-z0-9.\-[\]:]+$/.test(host)) return "";
  return host;
}

export function resolveHost(raw: string | null | undefined, table: HostTable): HostTarget | null {
  const host = normalizeHost(raw);
  if (!host) return null;
  const tenantId = table.tenants.get(host);
  if (tenantId) return { kind: "tenant", tenantId };
  if (table.adminHosts.has(host)) return { kind: "admin" };
  if (table.indexHosts.has(host)) return { kind: "index" };
  return null;
}

/** The tenant id for a host, or null. */
export function resolveTenant(raw: string | null | undefined, table: HostTable): string | null {
  const target = resolveHost(raw, table);
  return target?.kind === "tenant" ? target.tenantId : null;
}

/** Parses `TENANT_HOSTS=polo=ebok.example.pl|www2.example.pl,polsp=…` into id → hosts. */
export function parseTenantHosts(value: string | undefined): Map<string, string[]> {
  const result = new Map<string, string[]>();
  if (!value) return result;
  for (const entry of value.split(",")) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const eq = trimmed.indexOf("=");
    if (eq <= 0) throw new Error(`TENANT_HOSTS: "${trimmed}" is not id=host`);
    const id = trimmed.slice(0, eq).trim();
    const hosts = trimmed
      .slice(eq + 1)
      .split("|")
      .map((h) => normalizeHost(h))
      .filter(Boolean);
    if (hosts.length === 0) throw new Error(`TENANT_HOSTS: no host for "${id}"`);
    result.set(id, [...(result.get(id) ?? []), ...hosts]);
  }
  return result;
}
