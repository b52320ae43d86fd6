import { exportEvents, ticketAttachments, ticketMessages, tickets } from "@/db/schema";
import type { Db, DbOrTx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import { audit } from "@/lib/audit";
import { addDays, now } from "@/lib/clock";
import { requiredMessage } from "@/lib/accounts/schemas/fields";
import { checkFiles, type CheckedFile, type UploadedFile } from "@/lib/tickets/files";
import { MAX_BODY, MAX_SUBJECT } from "@/lib/tickets/limits";
import { ticketTargets } from "@/lib/tickets/scope";

/** Who is writing: the signed-in account of a customer, and where from (for the audit row). */
export type TicketActor = { tenant: Tenant; accountId: string; customerId: string; ip: string | null; userAgent: string | null };

export type TicketFields = { kategoria: string; temat: string; wiadomosc: string; umowa: string; punkt: string };
export const ticketFieldNames = ["kategoria", "temat", "wiadomosc", "umowa", "punkt"] as const;

export type TicketResult = { ok: true; ticketId: string } | { ok: false; fieldErrors: Record<string, string[]> };

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
 * answered within 14 days (answerDueAt). One transaction writes the ticket, its first message,
 * the attachments, the CRM export event and the audit row.
 */
export async function createTicket(db: Db, actor: TicketActor, fields: TicketFields, files: UploadedFile[]): Promise<TicketResult> {
  const { tenant } = actor;
  const errors: Errors = {};
  const category = tenant.ticketCategories.find((c) => c.id === fields.kategoria);
  if (!category) add(errors, "kategoria", fields.kategoria ? "Wybierz kategorię z listy." : requiredMessage("Kategoria"));
  const subject = fields.temat.trim();
  if (!subject) add(errors, "temat", requiredMessage("Temat"));
  else if (subject.length > MAX_SUBJECT) add(errors, "temat", `Pole Temat może mieć najwyżej ${MAX_SUBJECT} znaków.`);
  const body = checkBody(fields.wiadomosc, errors);

  const targets = await ticketTargets(db, tenant.id, actor.customerId);
  const contractId = fields.umowa || null;
  const pointId = fields.punkt || null;
  if (contractId && !targets.contracts.some((c) => c.id === contractId)) add(errors, "umowa", "Wybierz umowę z listy.");
  const point = pointId ? targets.points.find((p) => p.id === pointId) : undefined;
  if (pointId && (!point || (contractId && point.contractId !== contractId))) add(errors, "punkt", "Wybierz punkt z listy.");

  const checked = checkAttachments(files, errors);
  if (Object.keys(errors).length || !category) return { ok: false, fieldErrors: errors };

  const createdAt = now();
  const ticketId = await db.transaction(async (tx) => {
    const [ticket] = await tx
      .insert(tickets)
      .values({
        tenantId: tenant.id,
        customerId: actor.customerId,
        accountId: actor.accountId,
        category: category.id,
        subject,
        contractId: contractId ?? point?.contractId ?? null,
        pointId,
        answerDueAt: category.isComplaint ? addDays(createdAt, 14) : null,
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
      customerId: actor.customerId,
      type: "ticket.created",
      payload: { ticketId: ticket!.id, category: category.id, subject, contractId, pointId, attachments: checked.length },
      createdAt,
    });
    await audit(tx, {
      tenantId: tenant.id,
      actorKind: "customer",
      actorId: actor.accountId,
      action: "ticket.created",
      targetKind: "ticket",
      targetId: ticket!.id,
      ip: actor.ip,
      userAgent: actor.userAgent,
      details: { category: category.id, attachments: checked.length },
    });
    return ticket!.id;
  });
  return { ok: true, ticketId };
}
