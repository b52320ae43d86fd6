import { findTenant } from "@/lib/tenant/server";
import type { Tenant } from "@/lib/tenant/schema";

/** A font stack may only hold family names; anything else could break out of the declaration. */
function safeFontStack(stack: string): string {
  return /^[\w\s,'"-]+$/.test(stack) ? stack : "system-ui, sans-serif";
}

function brandCss(brand: Tenant["brand"]): string {
  // Colours are #rrggbb by the tenant schema, so they are safe to print as they are.
  const variables: [string, string][] = [
    ["--brand-primary", brand.primary],
    ["--brand-primary-contrast", brand.primaryContrast],
    ["--brand-accent", brand.accent],
    ["--brand-surface", brand.surface],
    ["--brand-text", brand.text],
    ["--brand-danger", brand.danger],
    ["--brand-success", brand.success],
    ["--brand-font", safeFontStack(brand.fontStack)],
  ];
  return `:root {\n${variables.map(([name, value]) => `  ${name}: ${value};`).join("\n")}\n}\n`;
}

/**
 * The tenant's brand as CSS custom properties, resolved from the host. One URL for every tenant, so
 * shared caches must key it by host (Vary); five minutes keeps a brand change quick to show.
 */
export async function GET() {
  const tenant = await findTenant();
  const headers = { "Content-Type": "text/css; charset=utf-8", Vary: "Host, X-Forwarded-Host" };
  if (!tenant) return new Response("/* unknown host */\n", { status: 404, headers: { ...headers, "Cache-Control": "no-store" } });
  return new Response(brandCss(tenant.brand), { headers: { ...headers, "Cache-Control": "public, max-age=300" } });
}
