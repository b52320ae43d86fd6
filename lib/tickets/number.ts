import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { ticketNumberCounters } from "@/db/schema";
import type { Tenant } from "@/lib/tenant/schema";
import { warsawDate } from "@/lib/format";

export const formatTicketNumber = (prefix: string, year: number, n: number) => `${prefix}/${year}/${String(n).padStart(6, "0")}`;

/**
 * The next ticket number of the tenant for the Warsaw year of `at`, "ZG/2026/000123". Call it inside
 * the transaction that inserts the ticket: the upsert locks the tenant-year counter row until commit,
 * so two creators (in one process or on two app instances) get consecutive numbers, and a ticket
 * rolled back takes its number back with it — no gaps, no repeats.
 */
export async function nextTicketNumber(tx: DbOrTx, tenant: Tenant, at: Date): Promise<string> {
  const year = Number(warsawDate(at).slice(0, 4));
  const [row] = await tx
    .insert(ticketNumberCounters)
    .values({ tenantId: tenant.id, year, last: 1 })
    .onConflictDoUpdate({ target: [ticketNumberCounters.tenantId, ticketNumberCounters.year], set: { last: sql`${ticketNumberCounters.last} + 1` } })
    .returning({ last: ticketNumberCounters.last });
  return formatTicketNumber(tenant.ticketNumberPrefix, year, row!.last);
}
