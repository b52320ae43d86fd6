import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { emailOutbox } from "@/db/schema";

/** The development mailbox: the outbox read back, newest first (docs/email.md §6). Never used in production. */
export type MailboxMessage = {
  id: string;
  tenant: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: string;
  status: "pending" | "sent" | "dead";
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function listMailbox(db: Db, options: { to?: string | null; limit?: number } = {}): Promise<MailboxMessage[]> {
  const to = options.to?.trim();
  const rows = await db
    .select()
    .from(emailOutbox)
    .where(to ? sql`lower(${emailOutbox.to}) = ${to.toLowerCase()}` : undefined)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(options.limit ?? 200);
  return rows.map((r) => ({
    id: r.id,
    tenant: r.tenantId,
    to: r.to,
    subject: r.subject,
    text: r.text,
    html: r.html,
    createdAt: r.createdAt.toISOString(),
    status: r.status,
  }));
}

export async function mailboxHtml(db: Db, id: string): Promise<string | null> {
  if (!uuidPattern.test(id)) return null;
  const [row] = await db.select({ html: emailOutbox.html }).from(emailOutbox).where(eq(emailOutbox.id, id));
  return row?.html ?? null;
}
