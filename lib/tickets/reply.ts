import { and, eq } from "drizzle-orm";
import { exportEvents, ticketMessages, tickets } from "@/db/schema";
import { assertRole, ROLES, type CustomerScope } from "@/lib/auth/customer-scope";
import type { RequestMeta } from "@/lib/request/meta";
import { auditCustomer } from "@/lib/audit";
import { now } from "@/lib/clock";
import { isUuid } from "@/lib/tickets/queries";
import type { UploadedFile } from "@/lib/tickets/files";
import { checkAttachments, checkBody, storeAttachments } from "@/lib/tickets/create";

export type ReplyResult = { ok: true } | { ok: false; notFound?: true; fieldErrors: Record<string, string[]> };

/**
 * The customer's reply in a thread of their own ticket (tenant + customer in the WHERE clause; any
 * other id is "not found"). A reply reopens an answered or closed ticket for the office: status
 * "W trakcie" unless it is still "Nowe".
 */
export async function replyToTicket(scope: CustomerScope, request: RequestMeta, ticketId: string, body: string, files: UploadedFile[]): Promise<ReplyResult> {
  assertRole(scope, ROLES.full);
  const { db, tenant } = scope;
  if (!isUuid(ticketId)) return { ok: false, notFound: true, fieldErrors: {} };
  const [ticket] = await db
    .select({ id: tickets.id, status: tickets.status })
    .from(tickets)
    .where(and(eq(tickets.id, ticketId), eq(tickets.tenantId, tenant.id), eq(tickets.customerId, scope.customerId)))
    .limit(1);
  if (!ticket) return { ok: false, notFound: true, fieldErrors: {} };
  const errors: Record<string, string[]> = {};
  const text = checkBody(body, errors, "Odpowiedź");
  const checked = checkAttachments(files, errors);
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };

  const at = now();
  await db.transaction(async (tx) => {
    const [message] = await tx
      .insert(ticketMessages)
      .values({ tenantId: tenant.id, ticketId, author: "customer", body: text, createdAt: at })
      .returning({ id: ticketMessages.id });
    await storeAttachments(tx, tenant.id, ticketId, message!.id, checked);
    await tx
      .update(tickets)
      .set({ updatedAt: at, status: ticket.status === "new" ? "new" : "in_progress" })
      .where(and(eq(tickets.id, ticketId), eq(tickets.tenantId, tenant.id), eq(tickets.customerId, scope.customerId)));
    await tx.insert(exportEvents).values({
      tenantId: tenant.id,
      customerId: scope.customerId,
      type: "ticket.replied",
      payload: { ticketId, messageId: message!.id, attachments: checked.length },
      createdAt: at,
    });
    await auditCustomer({ ...scope, db: tx }, request, {
      action: "ticket.replied",
      targetKind: "ticket",
      targetId: ticketId,
      details: { attachments: checked.length },
    });
  });
  return { ok: true };
}
