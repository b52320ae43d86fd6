import { and, asc, eq, gt, inArray, isNull } from "drizzle-orm";
import { exportEvents } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { now } from "@/lib/clock";

/**
 * GET /api/export (docs/operations.md §7, issue 4 item 11): what customers changed, for the seller's CRM to pull.
 * The cursor is the export_events id; the CRM sends back the X-Next-Cursor it got last time.
 */
export const EXPORT_PAGE_SIZE = 1000;
export const INVALID_SINCE = "Parametr since musi być nieujemną liczbą całkowitą (kursor z nagłówka X-Next-Cursor).";

/** The `since` query parameter: absent → 0; anything but a non-negative integer → null. */
export function parseSince(value: string | null): number | null {
  if (value === null || value === "") return 0;
  if (!/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}

export type ExportPage = { lines: Record<string, unknown>[]; nextCursor: number };

export async function exportPage(db: DbOrTx, tenantId: string, since: number, limit = EXPORT_PAGE_SIZE): Promise<ExportPage> {
  const rows = await db
    .select()
    .from(exportEvents)
    .where(and(eq(exportEvents.tenantId, tenantId), gt(exportEvents.id, since)))
    .orderBy(asc(exportEvents.id))
    .limit(limit);
  // "Exported" = handed out by this endpoint at least once: marked (and committed) before the answer
  // goes out, so from then on the CRM may hold the event and the customer can no longer correct or
  // withdraw the reading it carries (lib/meters/correctable.ts). A page fetched again changes nothing.
  const fresh = rows.filter((row) => !row.exportedAt).map((row) => row.id);
  if (fresh.length) {
    await db
      .update(exportEvents)
      .set({ exportedAt: now() })
      .where(and(eq(exportEvents.tenantId, tenantId), inArray(exportEvents.id, fresh), isNull(exportEvents.exportedAt)));
  }
  // The payload goes first so its keys can never overwrite the envelope's.
  const lines = rows.map((row) => ({ ...row.payload, cursor: row.id, type: row.type, customer: row.customerId, at: row.createdAt.toISOString() }));
  return { lines, nextCursor: rows.at(-1)?.id ?? since };
}

export const toNdjson = (lines: Record<string, unknown>[]) => lines.map((line) => `${JSON.stringify(line)}\n`).join("");
