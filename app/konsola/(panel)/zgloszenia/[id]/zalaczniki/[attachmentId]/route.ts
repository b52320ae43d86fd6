import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requireStaff, staffRequest } from "@/lib/staff/session";
import { auditStaffAction } from "@/lib/staff/common";
import { staffAttachment } from "@/lib/staff/tickets";
import { attachmentResponse } from "@/lib/uploads/download";

/**
 * A ticket attachment for the office (S18): only through a ticket of a tenant in the staff member's
 * scope (anything else is a 404); the download is audited (who read which customer's file).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }): Promise<Response> {
  const staff = await requireStaff();
  const { id, attachmentId } = await params;
  const db = await getDb();
  const file = await staffAttachment(db, staff, id, attachmentId);
  if (!file) notFound();
  await auditStaffAction(db, { staff, request: await staffRequest() }, "attachment.downloaded", { tenantId: file.tenantId, kind: "ticket", id, details: { attachmentId } });
  return attachmentResponse(file);
}
