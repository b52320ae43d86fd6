import { openPostgres } from "@/db/client";
import { importRecords, type TenantId } from "./factories";
import { createPointAccount, type PointAccount } from "./factories-points";
import { insertStaffReply, insertTicket } from "./factories-tickets";
import { e2eDatabaseUrl as databaseUrl } from "./database-url";

/**
 * A customer for Pulpit: the two invoices of every test customer (123,00 zł due 30.09.2026 and
 * 246,00 zł due 31.10.2026), a 100,00 zł payment naming none (so 23,00 zł of the first is still due),
 * a point with 24 months of consumption, and a ticket the office has answered once.
 */

export type DashboardAccount = PointAccount & { ticketSubject: string };

export async function createDashboardAccount(tenant: TenantId): Promise<DashboardAccount> {
  const account = await createPointAccount(tenant);
  await importRecords(tenant, [{ type: "payment", id: `${account.id}-P1`, customer: account.id, date: "2026-11-02", amount: "100.00", method: "przelew" }]);
  const ticketSubject = `Pytanie o rozliczenie ${account.id.slice(4)}`;
  const handle = openPostgres(databaseUrl, { max: 1 });
  let ticketId: string;
  try {
    const ticket = await insertTicket(handle.db, { tenantId: tenant, customerId: account.id, category: "inne", subject: ticketSubject });
    ticketId = ticket!.id;
  } finally {
    await handle.close();
  }
  await insertStaffReply(tenant, ticketId, "Dzień dobry, rozliczenie jest poprawne.");
  return { ...account, ticketSubject };
}
