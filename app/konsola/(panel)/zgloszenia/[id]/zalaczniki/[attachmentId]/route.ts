import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/staff/session";
import { auditStaffAction } from "@/lib/staff/common";
import { staffAttachment } from "@/lib/staff/tickets";
import { attachmentResponse } from "@/lib/uploads/download";

/**
 * A ticket attachment for the office (S18): only through a ticket of a tenant in the staff member's
 * scope (anything else is a 404); the download is audited (who read which customer's file).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }): Promise<Response> {
  const scope = await requireStaff();
  const { id, attachmentId } = await params;
  const file = await staffAttachment(scope, id, attachmentId);
  if (!file) notFound();
  await auditStaffAction(scope, "attachment.downloaded", { tenantId: file.tenantId, kind: "ticket", id, details: { attachmentId } });
  return attachmentResponse(file);
}
