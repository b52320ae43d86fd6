import { and, eq } from "drizzle-orm";
import { accounts, exportEvents, ticketAttachments, ticketMessages, tickets } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { assertRole, ROLES, type CustomerScope } from "@/lib/auth/customer-scope";
import type { RequestMeta } from "@/lib/request/meta";
import { auditCustomer } from "@/lib/audit";
import { sendEmail } from "@/lib/email/send";
import { addDays, now } from "@/lib/clock";
import { requiredMessage } from "@/lib/accounts/schemas/fields";
import { checkFiles, type CheckedFile, type UploadedFile } from "@/lib/tickets/files";
import { MAX_BODY, MAX_SUBJECT } from "@/lib/tickets/limits";
import { ticketTargets } from "@/lib/tickets/scope";
import { nextTicketNumber } from "@/lib/tickets/number";

export type TicketFields = { kategoria: string; temat: string; wiadomosc: string; umowa: string; punkt: string };
export const ticketFieldNames = ["kategoria", "temat", "wiadomosc", "umowa", "punkt"] as const;

export type TicketResult = { ok: true; ticketId: string; number: string } | { ok: false; fieldErrors: Record<string, string[]> };

type Errors = Record<string, string[]>;
const add = (errors: Errors, field: string, message: string) => (errors[field] ??= []).push(message);

export function checkBody(value: string, errors: Errors, label = "Treść", field = "wiadomosc"): string {
  const body = value.trim();
  if (!body) add(errors, field, requiredMessage(label));
  else if (body.length > MAX_BODY) add(errors, field, `Pole ${label} może mieć najwyżej ${MAX_BODY} znaków.`);
  return body;
}

export function checkAttachments(files: UploadedFile[], errors: Errors): CheckedFile[] {
  const { files: checked, errors: problems } = checkFiles(files);
  for (const problem of problems) add(errors, "zalaczniki", problem);
  return checked;
}

export async function storeAttachments(tx: DbOrTx, tenantId: string, ticketId: string, messageId: string, files: CheckedFile[]) {
  if (files.length) await tx.insert(ticketAttachments).values(files.map((file) => ({ tenantId, ticketId, messageId, ...file })));
}

/**
 * A new ticket of the signed-in customer (issue 4 item 9): every field checked and all problems
 * returned at once; the contract and point must be the customer's own. A complaint must be
 * answered within 14 days (answerDueAt). One transaction takes the ticket's number and writes the
 * ticket, its first message, the attachments, the CRM export event, the audit row and the
 * acknowledgement e-mail with the number.
 */
export async function createTicket(scope: CustomerScope, request: RequestMeta, fields: TicketFields, files: UploadedFile[]): Promise<TicketResult> {
  assertRole(scope, ROLES.full);
  const { db, tenant } = scope;
  const errors: Errors = {};
  const category = tenant.ticketCategories.find((c) => c.id === fields.kategoria);
  if (!category) add(errors, "kategoria", fields.kategoria ? "Wybierz kategorię z listy." : requiredMessage("Kategoria"));
  const subject = fields.temat.trim();
  if (!subject) add(errors, "temat", requiredMessage("Temat"));
  else if (subject.length > MAX_SUBJECT) add(errors, "temat", `Pole Temat może mieć najwyżej ${MAX_SUBJECT} znaków.`);
  const body = checkBody(fields.wiadomosc, errors);

  const targets = await ticketTargets(scope);
  const contractId = fields.umowa || null;
  const pointId = fields.punkt || null;
  if (contractId && !targets.contracts.some((c) => c.id === contractId)) add(errors, "umowa", "Wybierz umowę z listy.");
  const point = pointId ? targets.points.find((p) => p.id === pointId) : undefined;
  if (pointId && (!point || (contractId && point.contractId !== contractId))) add(errors, "punkt", "Wybierz punkt z listy.");

  const checked = checkAttachments(files, errors);
  if (Object.keys(errors).length || !category) return { ok: false, fieldErrors: errors };

  const createdAt = now();
  const answerDueAt = category.isComplaint ? addDays(createdAt, 14) : null;
  const created = await db.transaction(async (tx) => {
    const number = await nextTicketNumber(tx, tenant, createdAt);
    const [ticket] = await tx
      .insert(tickets)
      .values({
        tenantId: tenant.id,
        customerId: scope.customerId,
        accountId: scope.accountId,
        number,
        category: category.id,
        subject,
        contractId: contractId ?? point?.contractId ?? null,
        pointId,
        answerDueAt,
        createdAt,
        updatedAt: createdAt,
      })
      .returning({ id: tickets.id });
    const [message] = await tx
      .insert(ticketMessages)
      .values({ tenantId: tenant.id, ticketId: ticket!.id, author: "customer", body, createdAt })
      .returning({ id: ticketMessages.id });
    await storeAttachments(tx, tenant.id, ticket!.id, message!.id, checked);
    await tx.insert(exportEvents).values({
      tenantId: tenant.id,
      customerId: scope.customerId,
      type: "ticket.created",
      payload: { ticketId: ticket!.id, number, category: category.id, subject, contractId, pointId, attachments: checked.length },
      createdAt,
    });
    await auditCustomer({ ...scope, db: tx }, request, {
      action: "ticket.created",
      targetKind: "ticket",
      targetId: ticket!.id,
      details: { category: category.id, attachments: checked.length },
    });
    // The acknowledgement with the number to quote, in the same transaction (no number, no e-mail).
    const [account] = await tx
      .select({ email: accounts.email })
      .from(accounts)
      .where(and(eq(accounts.tenantId, tenant.id), eq(accounts.id, scope.accountId), eq(accounts.customerId, scope.customerId)))
      .limit(1);
    if (account) {
      const props = {
        ticketNumber: number,
        ticketSubject: subject,
        wording: tenant.ticketWording,
        receivedAt: createdAt,
        answerDueAt,
        path: `/zgloszenia/${ticket!.id}`,
      };
      await sendEmail(tx, { tenant, to: account.email, template: { name: "ticket-received", props } });
    }
    return { ticketId: ticket!.id, number };
  });
  return { ok: true, ...created };
}
