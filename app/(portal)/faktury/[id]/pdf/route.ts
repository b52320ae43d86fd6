import { notFound } from "next/navigation";
import { requireCustomer } from "@/lib/auth/customer";
import { DOCUMENT_MODULES } from "@/lib/portal/modules";
import { invoicePdfDownload, invoicePdfResponse } from "@/lib/pdf/download";
import { ROLES } from "@/lib/auth/customer-scope";

// react-pdf, fonts read from node_modules: Node only.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET /faktury/<id>/pdf — the invoice as a PDF download. The same gate as every portal page
 * (requireCustomer: no session → sign-in page; a pending password change or regulation comes first),
 * and the invoice is looked up by tenant + payer + id: anything else is a 404 (S13, S14). The PDF is
 * rendered once and stored; later downloads get the stored bytes, or 304 (lib/pdf/download.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { scope } = await requireCustomer({ module: DOCUMENT_MODULES, roles: ROLES.view });
  const { id } = await params;
  const pdf = await invoicePdfDownload(scope, id, request.headers.get("if-none-match"));
  if (!pdf) notFound();
  return invoicePdfResponse(pdf);
}
