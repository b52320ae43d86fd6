import { renderEmail } from "@/lib/email/render";
import { emailPreviewPolicy } from "@/lib/security/headers";
import { previewEmailTemplate } from "@/lib/staff/preview-models";
import { tenantInScope } from "@/lib/staff/scope";
import { requireStaff } from "@/lib/staff/session";

export const dynamic = "force-dynamic";

/**
 * GET /konsola/podglad/<tenant>/email — a real template rendered exactly as it is sent (same
 * renderer, the tenant's brand and links), with demo values. E-mail HTML needs inline styles, so it
 * gets its own policy (no scripts at all); the proxy sets the same one for this path.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string }> }): Promise<Response> {
  const tenant = tenantInScope(await requireStaff(), (await params).tenant);
  const email = await renderEmail(tenant, previewEmailTemplate(tenant));
  return new Response(email.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": emailPreviewPolicy,
      "X-Frame-Options": "SAMEORIGIN",
      "Cache-Control": "private, no-store",
    },
  });
}
