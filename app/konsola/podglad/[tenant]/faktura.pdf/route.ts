import { now } from "@/lib/clock";
import { pdfContentDisposition, renderInvoicePdf } from "@/lib/pdf/render";
import { demoWorld } from "@/lib/staff/preview";
import { previewInvoice } from "@/lib/staff/preview-models";
import { tenantInScope } from "@/lib/staff/scope";
import { requireStaff } from "@/lib/staff/session";

// react-pdf, fonts read from node_modules: Node only.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET /konsola/podglad/<tenant>/faktura.pdf — the real invoice document (lib/pdf) for a demo
 * customer's newest invoice, built in memory; shown inline so the console can frame it.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string }> }): Promise<Response> {
  const tenant = tenantInScope(await requireStaff(), (await params).tenant);
  const data = previewInvoice(demoWorld(tenant, now()));
  const pdf = await renderInvoicePdf(tenant, data);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": pdfContentDisposition(data.invoice.number).replace(/^attachment/, "inline"),
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
    },
  });
}
