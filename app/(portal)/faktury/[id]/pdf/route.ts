import { notFound } from "next/navigation";
import { requireCustomer } from "@/lib/auth/customer";
import { DOCUMENT_MODULES } from "@/lib/portal/modules";
import { loadInvoicePdfData } from "@/lib/pdf/invoice-data";
import { pdfContentDisposition, renderInvoicePdf } from "@/lib/pdf/render";

// react-pdf, fonts read from node_modules: Node only.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET /faktury/<id>/pdf — the invoice as a PDF download. The same gate as every portal page
 * (requireCustomer: no session → sign-in page; a pending password change or regulation comes first),
 * and the invoice is looked up by tenant + payer + id: anything else is a 404 (S13, S14).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { scope } = await requireCustomer({ module: DOCUMENT_MODULES });
  const { tenant } = scope;
  const { id } = await params;
  const data = await loadInvoicePdfData(scope, id);
  if (!data) notFound();
  const pdf = await renderInvoicePdf(tenant, data);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": pdfContentDisposition(data.invoice.number),
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
    },
  });
}
