import { env, isProduction } from "@/lib/env";
import { primaryHost } from "@/lib/tenant/registry";
import type { Tenant } from "@/lib/tenant/schema";

/**
 * Absolute links for e-mails (docs/email.md §3: every link in a message is an absolute URL on the tenant's
 * host). A mail client has no "current host", so a relative link would be useless.
 */

function origin(host: string): string {
  if (isProduction()) return `https://${host}`;
  // PORT is read from process.env directly: Next sets it for `next dev`/`next start` at run time.
  const port = env().PUBLIC_PORT ?? process.env.PORT ?? 3000;
  return `http://${host}:${port}`;
}

function checkedPath(path: string): string {
  // "//evil.example" would be a protocol-relative URL to another host once joined.
  if (!path.startsWith("/") || path.startsWith("//")) throw new Error(`e-mail link path must start with a single "/": ${path}`);
  return path;
}

export function tenantUrl(tenant: Tenant, path: string): string {
  return origin(primaryHost(tenant)) + checkedPath(path);
}

/** Links in back-office mail (tenant null) point at the first back-office host. */
export function backOfficeUrl(path: string): string {
  const host = env().ADMIN_HOSTS?.split(",")[0]?.trim() || "admin.localhost";
  return origin(host) + checkedPath(path);
}
