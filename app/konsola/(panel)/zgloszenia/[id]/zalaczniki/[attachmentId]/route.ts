import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requireStaff, staffRequest } from "@/lib/staff/session";
import { auditStaffAction } from "@/lib/staff/common";
import { staffAttachment } from "@/lib/staff/tickets";
import { allowedContentTypes } from "@/lib/uploads/magic";
import { contentDisposition } from "@/lib/uploads/file-name";

/**
 * A ticket attachment for the office (S18): only through a ticket of a tenant in the staff member's
 * scope (anything else is a 404), always as a download with the type verified on upload, never cached.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }): Promise<Response> {
  const staff = await requireStaff();
  const { id, attachmentId } = await params;
  const file = await staffAttachment(await getDb(), staff, id, attachmentId);
  if (!file || !allowedContentTypes.has(file.contentType)) notFound();
  await auditStaffAction(await getDb(), { staff, request: await staffRequest() }, "attachment.downloaded", { tenantId: file.tenantId, kind: "ticket", id, details: { attachmentId } });
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
