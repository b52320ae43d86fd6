import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { nextTicketNumber } from "@/lib/tickets/number";
import { ticketAttachments, ticketMessages, tickets } from "@/db/schema";
import { createCustomer, type TenantId } from "./factories";
import { tenantConfigs } from "./recovery-accounts";
import { withDb } from "./database-url";

/**
 * What the back office (not built yet) will write: staff replies in a thread, and a ticket of some
 * other customer for the S13/S14 checks. Straight into the e2e server's database.
 */

/** A ticket written straight into the database, numbered like one the portal creates. */
export async function insertTicket(db: Db, values: Omit<typeof tickets.$inferInsert, "number"> & { tenantId: TenantId }) {
  return db.transaction(async (tx) => {
    const number = await nextTicketNumber(tx, tenantConfigs[values.tenantId], new Date());
    const [ticket] = await tx
      .insert(tickets)
      .values({ ...values, number })
      .returning();
    return ticket!;
  });
}

export function insertStaffReply(tenant: TenantId, ticketId: string, body: string, internal = false): Promise<void> {
  return withDb(async (db) => {
    await db.insert(ticketMessages).values({ tenantId: tenant, ticketId, author: "staff", body, internal });
    if (!internal)
      await db
        .update(tickets)
        .set({ status: "answered" })
        .where(and(eq(tickets.id, ticketId), eq(tickets.tenantId, tenant)));
  });
}

/** A ticket with a PDF attachment belonging to a freshly imported, different customer. */
export async function createForeignTicket(tenant: TenantId, pdf: Buffer): Promise<{ ticketId: string; attachmentId: string }> {
  const other = await createCustomer(tenant);
  return withDb(async (db) => {
    const ticket = await insertTicket(db, { tenantId: tenant, customerId: other.id, category: "reklamacja", subject: "Cudze zgłoszenie" });
    const [message] = await db.insert(ticketMessages).values({ tenantId: tenant, ticketId: ticket!.id, author: "customer", body: "Tajne" }).returning();
    const [file] = await db
      .insert(ticketAttachments)
      .values({
        tenantId: tenant,
        ticketId: ticket!.id,
        messageId: message!.id,
        fileName: "cudze.pdf",
        contentType: "application/pdf",
        size: pdf.length,
        sha256: "0".repeat(64),
        data: pdf,
      })
      .returning();
    return { ticketId: ticket!.id, attachmentId: file!.id };
  });
}
