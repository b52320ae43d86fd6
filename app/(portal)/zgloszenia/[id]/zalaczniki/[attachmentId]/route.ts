import { requireCustomer } from "@/lib/auth/customer";
import { customerAttachment } from "@/lib/tickets/queries";
import { attachmentResponse } from "@/lib/uploads/download";
import { ROLES } from "@/lib/auth/customer-scope";

/**
 * Download of one attachment (S13/S14/S18): only through the customer's own ticket of this tenant,
 * anything else is a 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }): Promise<Response> {
  const { scope } = await requireCustomer({ module: "tickets", roles: ROLES.full });
  const { id, attachmentId } = await params;
  return attachmentResponse(await customerAttachment(scope, id, attachmentId));
}
