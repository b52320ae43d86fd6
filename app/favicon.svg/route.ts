import { findTenant } from "@/lib/tenant/server";

/** A plain icon for hosts without a tenant (development index, unknown hosts): it names no seller. */
const neutralIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1f2a37"/><text x="16" y="22" text-anchor="middle" font-family="Segoe UI, Roboto, Arial, sans-serif" font-size="16" font-weight="700" fill="#ffffff">m</text></svg>`;

/** The tenant's favicon, resolved from the host (same caching rules as /brand.css). */
export async function GET() {
  const tenant = await findTenant();
  return new Response(tenant?.brand.faviconSvg ?? neutralIcon, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
      Vary: "Host, X-Forwarded-Host",
    },
  });
}
