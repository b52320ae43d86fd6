import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { hostTable, tenantById } from "@/lib/tenant/registry";
import { resolveHost, type HostTarget } from "@/lib/tenant/resolve";
import type { Tenant } from "@/lib/tenant/schema";
import { pickClientIp } from "@/lib/security/client-ip";
import { env } from "@/lib/env";

/**
 * The request's host. After a server action redirects, Next renders the next page through an
 * internal request whose Host is localhost:PORT; only x-forwarded-host still names the tenant
 * (docs/toolchain.md §5). A spoofed x-forwarded-host can only name another known host, and sessions are
 * cross-checked against the tenant, so it gains nothing.
 */
export async function requestHost(): Promise<string | null> {
  const h = await headers();
  return h.get("x-forwarded-host") ?? h.get("host");
}

export async function getHostTarget(): Promise<HostTarget | null> {
  return resolveHost(await requestHost(), hostTable());
}

/** The tenant of this request, or null for admin/index/unknown hosts. */
export async function findTenant(): Promise<Tenant | null> {
  const target = await getHostTarget();
  return target?.kind === "tenant" ? (tenantById(target.tenantId) ?? null) : null;
}

/** The tenant of this request; any other host is a 404. Every tenant page, action and route calls it. */
export async function getTenant(): Promise<Tenant> {
  const tenant = await findTenant();
  if (!tenant) notFound();
  return tenant;
}

/** The client's address as our own proxies saw it (TRUSTED_PROXY_HOPS; see lib/security/client-ip.ts). */
export async function clientIp(): Promise<string | null> {
  const h = await headers();
  return pickClientIp(h.get("x-forwarded-for"), env().TRUSTED_PROXY_HOPS);
}
