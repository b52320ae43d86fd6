import { documentExplanation } from "@/lib/billing/explain-data";
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { accounts, invoices, jobs, type Job } from "@/db/schema";
import { addDays } from "@/lib/clock";
import { customerDocuments } from "@/lib/billing/documents";
import { kindLabels } from "@/lib/billing/labels";
import { warsawDate } from "@/lib/format";
import { enqueueJobs, type NewJob } from "@/lib/jobs/queue";
import type { JobHandler } from "@/lib/jobs/worker";
import { outsideQuietHours } from "@/lib/jobs/quiet-hours";
import { moduleHref } from "@/lib/portal/modules";
import { allTenants, tenantById } from "@/lib/tenant/registry";
import type { Tenant } from "@/lib/tenant/schema";
import { sendNotification } from "@/lib/notifications/notify";
import { readingsDueHandler, sweepReadingReminders } from "@/lib/notifications/reading-reminders";

/**
 * Reminders and notices (docs/email.md §7, docs/operations.md §10). Each is a job with a unique key
 * naming the document and the kind, so it is sent at most once however many instances sweep:
 *
 * - `payment-due` ("reminder:due3:<tenant>:<document>"): an open document due within the next 3 days;
 * - `payment-overdue` ("reminder:overdue:<tenant>:<document>"): an open document past its due date
 *   (by at most OVERDUE_WINDOW_DAYS, so the first sweep does not mail about years-old debts);
 * - `new-document` ("notice:new-document:<tenant>:<document>"): a document an import brought, issued
 *   within NEW_DOCUMENT_WINDOW_DAYS (a first import of a tenant's history announces nothing old;
 *   lib/notifications/new-document-notices.ts, which the import calls);
 * - `readings-due` ("reminder:readings:<tenant>:<point>:<opened on>"): a point's reading window opened
 *   (lib/notifications/reading-reminders.ts).
 *
 * The hourly `reminder-sweep` job finds the first two and the last; the import adds the third in its transaction.
 * Whether to send is decided again when the job runs: a document paid meanwhile, a preference
 * turned off, or no active account means no e-mail (the job is done with that outcome).
 */

export const DUE_SOON_DAYS = 3;
export const OVERDUE_WINDOW_DAYS = 14;

const reminderKey = { "payment-due": "reminder:due3", "payment-overdue": "reminder:overdue" } as const;
type ReminderKind = keyof typeof reminderKey;

const jobKey = (kind: ReminderKind, tenantId: string, documentId: string) => `${reminderKey[kind]}:${tenantId}:${documentId}`;
export const newDocumentKey = (tenantId: string, documentId: string) => `notice:new-document:${tenantId}:${documentId}`;

/** The sweep of the hour `at` falls in: one job per hour for all instances (its key is the hour). */
export function sweepJob(at: Date): NewJob {
  return { key: `sweep:reminders:${at.toISOString().slice(0, 13)}`, kind: "reminder-sweep", tenantId: null, runAt: at };
}

/** Documents due soon or overdue of customers with an active account, that have no job of that kind yet. */
async function candidates(db: DbOrTx, tenant: Tenant, at: Date) {
  const today = warsawDate(at);
  const soon = warsawDate(addDays(at, DUE_SOON_DAYS));
  const oldest = warsawDate(addDays(at, -OVERDUE_WINDOW_DAYS));
  const kindOf = sql<ReminderKind>`CASE WHEN ${invoices.dueDate} >= ${today} THEN 'payment-due' ELSE 'payment-overdue' END`;
  const keyPrefix = sql`CASE WHEN ${invoices.dueDate} >= ${today} THEN ${reminderKey["payment-due"]} ELSE ${reminderKey["payment-overdue"]} END`;
  return db
    .select({ documentId: invoices.id, customerId: invoices.customerId, kind: kindOf })
    .from(invoices)
    .innerJoin(accounts, and(eq(accounts.tenantId, invoices.tenantId), eq(accounts.customerId, invoices.customerId), eq(accounts.status, "active")))
    .where(
      and(
        eq(invoices.tenantId, tenant.id),
        sql`${invoices.gross} > 0`,
        sql`${invoices.dueDate} BETWEEN ${oldest} AND ${soon}`,
        sql`NOT EXISTS (SELECT 1 FROM ${jobs} j WHERE j.key = ${keyPrefix} || ':' || ${tenant.id} || ':' || ${invoices.id})`,
      ),
    );
}

/** Finds what to remind about in every tenant and adds the jobs (idempotently). Returns how many were new. */
export async function sweepReminders(db: DbOrTx, at: Date): Promise<number> {
  let added = 0;
  const today = warsawDate(at);
  for (const tenant of allTenants()) {
    const found = await candidates(db, tenant, at);
    const byCustomer = new Map<string, typeof found>();
    for (const c of found) byCustomer.set(c.customerId, [...(byCustomer.get(c.customerId) ?? []), c]);
    for (const [customerId, docs] of byCustomer) {
      // Open or not is the allocation's answer (docs/portal.md §4), the one every screen uses.
      const open = new Set((await customerDocuments({ db, tenant, customerId }, today)).filter((d) => d.remaining > 0).map((d) => d.id));
      const rows = docs
        .filter((d) => open.has(d.documentId))
        .map((d) => ({
          key: jobKey(d.kind, tenant.id, d.documentId),
          kind: d.kind,
          tenantId: tenant.id,
          payload: { customerId, documentId: d.documentId },
          runAt: outsideQuietHours(at),
        }));
      added += await enqueueJobs(db, rows);
    }
    added += await sweepReadingReminders(db, tenant, at);
  }
  return added;
}

/** The document and the customer's active account, or why there is nothing to send. */
type Recipient = { tenant: Tenant; customerId: string; documentId: string; to: string };

async function subject(tx: DbOrTx, job: Job): Promise<Recipient | { skip: string }> {
  const tenant = job.tenantId ? tenantById(job.tenantId) : undefined;
  const { customerId, documentId } = job.payload;
  if (!tenant || !customerId || !documentId) return { skip: "unknown" };
  const [account] = await tx
    .select({ email: accounts.email })
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenant.id), eq(accounts.customerId, customerId), eq(accounts.status, "active")))
    .limit(1);
  if (!account) return { skip: "no-account" };
  return { tenant, customerId, documentId, to: account.email };
}

const documentPath = (tenant: Tenant, id: string) =>
  moduleHref(tenant, "invoices") ? `/faktury/${encodeURIComponent(id)}` : (moduleHref(tenant, "documents") ?? "/");
const paymentsPath = (tenant: Tenant) => moduleHref(tenant, "payments") ?? moduleHref(tenant, "invoices") ?? "/";

function reminderHandler(stage: "due" | "overdue"): JobHandler {
  return {
    quiet: true,
    async run(tx, job, at) {
      const who = await subject(tx, job);
      if ("skip" in who) return who.skip;
      const docs = await customerDocuments({ db: tx, tenant: who.tenant, customerId: who.customerId }, warsawDate(at));
      const doc = docs.find((d) => d.id === who.documentId);
      if (!doc || doc.remaining <= 0) return "paid";
      // A "due soon" reminder held past the due date says nothing; the overdue one follows.
      if (stage === "due" && doc.status === "overdue") return "late";
      const sent = await sendNotification(tx, {
        tenant: who.tenant,
        customerId: who.customerId,
        to: who.to,
        event: stage === "due" ? "payment_due" : "payment_overdue",
        template: {
          name: "payment-reminder",
          props: { stage, documentNumber: doc.number, dueDate: doc.dueDate, amount: doc.remaining, path: paymentsPath(who.tenant) },
        },
      });
      return sent ? "sent" : "preference-off";
    },
  };
}

const newDocumentHandler: JobHandler = {
  quiet: true,
  async run(tx, job, at) {
    const who = await subject(tx, job);
    if ("skip" in who) return who.skip;
    const [doc] = await tx
      .select()
      .from(invoices)
      .where(and(eq(invoices.tenantId, who.tenant.id), eq(invoices.customerId, who.customerId), eq(invoices.id, who.documentId)));
    if (!doc) return "unknown";
    // The same words as the document page's "Skąd ta kwota?" (docs/portal.md §15).
    const explanation = await documentExplanation({ db: tx, tenant: who.tenant, customerId: who.customerId }, doc.id, warsawDate(at));
    const sent = await sendNotification(tx, {
      tenant: who.tenant,
      customerId: who.customerId,
      to: who.to,
      event: "new_document",
      template: {
        name: "new-document",
        props: {
          kindLabel: kindLabels[doc.kind],
          documentNumber: doc.number,
          issueDate: doc.issueDate,
          dueDate: doc.dueDate,
          amount: doc.gross,
          path: documentPath(who.tenant, doc.id),
          ...(explanation?.length ? { explanation } : {}),
        },
      },
    });
    return sent ? "sent" : "preference-off";
  },
};

/** Every kind of job the scheduler knows. */
export const jobHandlers: Record<string, JobHandler> = {
  "reminder-sweep": { quiet: false, run: async (tx, _job, at) => `added ${await sweepReminders(tx, at)}` },
  "payment-due": reminderHandler("due"),
  "payment-overdue": reminderHandler("overdue"),
  "new-document": newDocumentHandler,
  "readings-due": readingsDueHandler,
};
