import { and, eq, ne } from "drizzle-orm";
import { accounts, exportEvents, ticketMessages, tickets, type Ticket } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { now } from "@/lib/clock";
import { sendNotification } from "@/lib/notifications/notify";
import { requireTenantById } from "@/lib/tenant/registry";
import { checkAttachments, checkBody, storeAttachments } from "@/lib/tickets/create";
import type { UploadedFile } from "@/lib/tickets/files";
import { ticketStatusLabels } from "@/lib/tickets/labels";
import { auditStaffAction } from "./common";
import type { StaffScope } from "./scope";
import { scopedTicket } from "./tickets";

/**
 * What the office writes in a ticket (issue 5 item 7): a reply the customer sees (unread until they
 * open it, with the "ticket-replied" e-mail in the same transaction), an internal note the customer
 * never sees, and a status change. Each is audited with who and from where; a ticket of a tenant out
 * of scope is "not found".
 */
export type StaffTicketResult = { ok: true } | { ok: false; notFound?: true; fieldErrors: Record<string, string[]> };

/** After a reply the office usually waits for the customer; it may keep the ticket open or close it. */
export const replyStatuses: Ticket["status"][] = ["answered", "in_progress", "closed"];

function auditStaff(tx: DbOrTx, scope: StaffScope, action: string, target: { tenantId: string; id: string; details: Record<string, unknown> }) {
  return auditStaffAction({ ...scope, db: tx }, action, { ...target, kind: "ticket" });
}

const NOT_FOUND: StaffTicketResult = { ok: false, notFound: true, fieldErrors: {} };
const statusError = "Wybierz status z listy.";

export async function replyAsStaff(
  scope: StaffScope,
  ticketId: string,
  input: { body: string; status: string },
  files: UploadedFile[],
): Promise<StaffTicketResult> {
  const ticket = await scopedTicket(scope, ticketId);
  if (!ticket) return NOT_FOUND;
  const errors: Record<string, string[]> = {};
  const body = checkBody(input.body, errors, "Odpowiedź");
  const status = replyStatuses.find((s) => s === input.status);
  if (!status) errors.statusPoOdpowiedzi = [statusError];
  const checked = checkAttachments(files, errors);
  if (Object.keys(errors).length || !status) return { ok: false, fieldErrors: errors };

  const tenant = requireTenantById(ticket.tenantId);
  const at = now();
  await scope.db.transaction(async (tx) => {
    const [message] = await tx
      .insert(ticketMessages)
      .values({ tenantId: ticket.tenantId, ticketId: ticket.id, author: "staff", staffId: scope.staff.id, body, createdAt: at })
      .returning({ id: ticketMessages.id });
    await storeAttachments(tx, ticket.tenantId, ticket.id, message!.id, checked);
    await tx
      .update(tickets)
      .set({ status, updatedAt: at })
      .where(and(eq(tickets.id, ticket.id), eq(tickets.tenantId, ticket.tenantId)));
    // The e-mail only says where to read the reply; an account that cannot sign in gets none.
    const [account] = await tx
      .select({ email: accounts.email })
      .from(accounts)
      .where(and(eq(accounts.tenantId, ticket.tenantId), eq(accounts.customerId, ticket.customerId), eq(accounts.status, "active")))
      .limit(1);
    if (account)
      await sendNotification(tx, {
        tenant,
        customerId: ticket.customerId,
        event: "ticket_answered",
        to: account.email,
        template: { name: "ticket-replied", props: { ticketNumber: ticket.number, ticketSubject: ticket.subject, path: `/zgloszenia/${ticket.id}` } },
      });
    // The CRM pulls the office's answers and status changes too (GET /api/export).
    await tx.insert(exportEvents).values({
      tenantId: ticket.tenantId,
      customerId: ticket.customerId,
      type: "ticket.answered",
      payload: { ticketId: ticket.id, messageId: message!.id, attachments: checked.length, status },
      createdAt: at,
    });
    await auditStaff(tx, scope, "ticket.replied", {
      tenantId: ticket.tenantId,
      id: ticket.id,
      details: { messageId: message!.id, attachments: checked.length, from: ticket.status, to: status, emailed: Boolean(account) },
    });
  });
  return { ok: true };
}

export async function addInternalNote(scope: StaffScope, ticketId: string, text: string): Promise<StaffTicketResult> {
  const ticket = await scopedTicket(scope, ticketId);
  if (!ticket) return NOT_FOUND;
  const errors: Record<string, string[]> = {};
  const body = checkBody(text, errors, "Notatka", "notatka");
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  await scope.db.transaction(async (tx) => {
    const [note] = await tx
      .insert(ticketMessages)
      .values({ tenantId: ticket.tenantId, ticketId: ticket.id, author: "staff", staffId: scope.staff.id, internal: true, body, createdAt: now() })
      .returning({ id: ticketMessages.id });
    await auditStaff(tx, scope, "ticket.note_added", { tenantId: ticket.tenantId, id: ticket.id, details: { messageId: note!.id } });
  });
  return { ok: true };
}

export async function changeTicketStatus(scope: StaffScope, ticketId: string, value: string): Promise<StaffTicketResult> {
  const ticket = await scopedTicket(scope, ticketId);
  if (!ticket) return NOT_FOUND;
  const status = (Object.keys(ticketStatusLabels) as Ticket["status"][]).find((s) => s === value);
  if (!status) return { ok: false, fieldErrors: { status: [statusError] } };
  if (status === ticket.status) return { ok: false, fieldErrors: { status: [`Zgłoszenie ma już status „${ticketStatusLabels[status]}”.`] } };
  await scope.db.transaction(async (tx) => {
    // Conditional on the status read above: two people changing it at once do not both "win" silently.
    const [changed] = await tx
      .update(tickets)
      .set({ status, updatedAt: now() })
      .where(and(eq(tickets.id, ticket.id), eq(tickets.tenantId, ticket.tenantId), eq(tickets.status, ticket.status), ne(tickets.status, status)))
      .returning({ id: tickets.id });
    if (!changed) return;
    await tx.insert(exportEvents).values({
      tenantId: ticket.tenantId,
      customerId: ticket.customerId,
      type: "ticket.status_changed",
      payload: { ticketId: ticket.id, from: ticket.status, to: status },
      createdAt: now(),
    });
    await auditStaff(tx, scope, "ticket.status_changed", { tenantId: ticket.tenantId, id: ticket.id, details: { from: ticket.status, to: status } });
  });
  return { ok: true };
}
