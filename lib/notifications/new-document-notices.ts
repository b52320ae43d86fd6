import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { invoices } from "@/db/schema";
import { addDays } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import { enqueueJobsFrom } from "@/lib/jobs/queue";
import { outsideQuietHours } from "@/lib/jobs/quiet-hours";
import { stageTable } from "@/lib/import/staging";

/**
 * The import's part of the "new document" notices (docs/email.md §7), apart from the rest of
 * lib/notifications/reminders.ts so that the import path loads only what it needs: the job's handler
 * renders the e-mail with the document's explanation, which pulls in the PDF data loader.
 */
export const NEW_DOCUMENT_WINDOW_DAYS = 14;

/**
 * In the import's transaction, after the merge: a notice job for each staged document issued within
 * the window (the key makes a repeated import add nothing). Held past quiet hours from the start.
 */
export async function enqueueNewDocumentNotices(tx: DbOrTx, tenantId: string, at: Date): Promise<void> {
  const oldest = warsawDate(addDays(at, -NEW_DOCUMENT_WINDOW_DAYS));
  const stage = sql.raw(stageTable("invoices"));
  await enqueueJobsFrom(
    tx,
    sql`SELECT DISTINCT 'notice:new-document:' || i.tenant_id || ':' || i.id, 'new-document', i.tenant_id,
        jsonb_build_object('customerId', i.customer_id, 'documentId', i.id), ${outsideQuietHours(at).toISOString()}::timestamptz
      FROM ${stage} s JOIN ${invoices} i ON i.tenant_id = ${tenantId} AND i.id = s.id
      WHERE i.issue_date >= ${oldest}`,
  );
}
