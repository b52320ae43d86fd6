import { findTenant } from "@/lib/tenant/server";
import { brandCss } from "@/lib/tenant/brand-css";

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
