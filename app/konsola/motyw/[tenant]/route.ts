import { tenantById } from "@/lib/tenant/registry";
import { brandCss } from "@/lib/tenant/brand-css";
import { requireConsoleHost } from "@/lib/staff/session";

/**
 * A tenant's brand scoped to `[data-brand="<id>"]`, for the console's previews (the console host has
 * no brand of its own). Brand colours are public, so only the host is checked.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  await requireConsoleHost();
  const tenant = tenantById((await params).tenant);
  const headers = { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "private, max-age=300" };
  if (!tenant) return new Response("/* unknown tenant */\n", { status: 404, headers });
  return new Response(brandCss(tenant.brand, `[data-brand="${tenant.id}"]`), { headers });
}
