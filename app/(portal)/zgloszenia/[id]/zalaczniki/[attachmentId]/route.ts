import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requireCustomer } from "@/lib/auth/customer";
import { customerAttachment } from "@/lib/tickets/queries";
import { allowedContentTypes } from "@/lib/uploads/magic";
import { contentDisposition } from "@/lib/uploads/file-name";

/**
 * Download of one attachment (S13/S14/S18): only through the customer's own ticket of this tenant,
 * anything else is a 404. Always a download (never rendered inline), with the type that was
 * verified by its bytes on upload, and never cached by shared caches.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }): Promise<Response> {
  const { tenant, account } = await requireCustomer();
  const { id, attachmentId } = await params;
  const file = await customerAttachment(await getDb(), tenant.id, account.customerId, id, attachmentId);
  if (!file || !allowedContentTypes.has(file.contentType)) notFound();
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.data.length),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
