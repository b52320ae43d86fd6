import { now } from "@/lib/clock";
import { randomUUID } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import type { EmailTemplate } from "@/emails";
import type { Tenant } from "@/lib/tenant/schema";
import { renderEmail } from "@/lib/email/render";
import { headerAddress, headerLine, SQL_ADDRESS_NOISE } from "@/lib/email/header-line";
import type { UnsubscribeLinks } from "@/emails/context";
import { queryRows } from "@/lib/import/sql";

export type SendEmailInput = {
  /** Null for back-office mail: neutral branding, links to the back-office host. */
  tenant: Tenant | null;
  to: string;
  template: EmailTemplate;
  /**
   * A notification the customer may turn off (docs/email.md §7): the links shown in its footer, and
   * `oneClickUrl` for the RFC 8058 `List-Unsubscribe` / `List-Unsubscribe-Post` headers.
   */
  unsubscribe?: UnsubscribeLinks & { oneClickUrl: string };
};

/** RFC 8058: a mail client may POST `List-Unsubscribe=One-Click` to the URL, without the user signing in. */
export function listUnsubscribeHeaders(oneClickUrl: string): Record<string, string> {
  return { "List-Unsubscribe": `<${headerLine(oneClickUrl)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

/**
 * The one way to send an e-mail (docs/style.md §7). It only writes an outbox row, in the caller's
 * transaction: a change that rolls back sends nothing, a committed one is delivered by the worker
 * (lib/email/worker.ts) with retries. Pass the transaction, not the global db, when there is one.
 */
export async function sendEmail(db: DbOrTx, { tenant, to, template, unsubscribe }: SendEmailInput): Promise<{ id: string }> {
  const message = await renderEmail(tenant, template, unsubscribe);
  const [row] = await db
    .insert(emailOutbox)
    .values({
      tenantId: tenant?.id ?? null,
      // Headers from the rendering are clean already (render.ts); the address is cleaned here (S28).
      to: headerAddress(to),
      from: message.from,
      subject: message.subject,
      text: message.text,
      html: message.html,
      template: template.name,
      headers: unsubscribe ? listUnsubscribeHeaders(unsubscribe.oneClickUrl) : null,
      idempotencyKey: randomUUID(),
      // now() is the transaction's start, the same for every message of one transaction; the wall
      // clock keeps "newest first" in the mailbox exact. Real time, not lib/clock: moving the test
      // clock back must not reorder the mailbox.
      createdAt: sql`clock_timestamp()`,
      // Due at once by the worker's own clock (lib/clock, millisecond precision): the database's
      // now() carries microseconds and could be a fraction of a millisecond "later" than the worker's
      // now(), leaving a fresh message not yet due.
      nextAttemptAt: now(),
    })
    .returning({ id: emailOutbox.id });
  return { id: row!.id };
}

/**
 * One message, the same for every recipient, to each address `recipients` yields (a SELECT whose
 * first column is the address), in one INSERT … SELECT inside the caller's transaction: a regulation
 * announced to 100 000 accounts is one render and one statement, not 100 000 of each. Each row gets
 * its own idempotency key, as sendEmail's do. Returns how many messages were written.
 */
export async function sendEmailToEach(
  db: DbOrTx,
  { tenant, recipients, template }: { tenant: Tenant; recipients: SQL; template: EmailTemplate },
): Promise<number> {
  const message = await renderEmail(tenant, template);
  const written = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO ${emailOutbox} ("tenant_id", "to", "from", "subject", "text", "html", "template", "idempotency_key", "created_at", "next_attempt_at")
      SELECT ${tenant.id}::text, regexp_replace(r.address, ${SQL_ADDRESS_NOISE}::text, '', 'g'), ${message.from}::text, ${message.subject}::text, ${message.text}::text, ${message.html}::text, ${template.name}::text,
        gen_random_uuid()::text, clock_timestamp(), ${now().toISOString()}::timestamptz
      FROM (${recipients}) AS r(address)
      RETURNING "id"`,
  );
  return written.length;
}
