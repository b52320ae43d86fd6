import { randomInt } from "node:crypto";
import { openPostgres } from "@/db/client";
import { tickets } from "@/db/schema";
import { importRecords, type TenantId } from "./factories";
import { createPointAccount, type PointAccount } from "./factories-points";
import { insertStaffReply } from "./factories-tickets";
import { tenantConfigs } from "./recovery-accounts";
import { e2eDatabaseUrl as databaseUrl } from "./database-url";

/**
 * A customer with something in every list, and more of it than one page holds: 29 documents (long
 * numbers like "FV/2026/11/000123456/KOR"), 26 payments, 21 tickets with long subjects, a point with
 * 24 months of consumption (and readings where it is heat). For the layout checks at phone width.
 */

export type ListsAccount = PointAccount & { longInvoiceId: string; longInvoiceNumber: string; ticketId: string };

export async function createListsAccount(tenant: TenantId): Promise<ListsAccount> {
  const account = await createPointAccount(tenant);
  const serial = String(randomInt(1e6)).padStart(6, "0");
  const invoices = Array.from({ length: 27 }, (_, i) => {
    const number = `FV/2026/11/${serial}${String(i).padStart(3, "0")}/KOR`;
    const gross = (12_345.67 + i).toFixed(2);
    const net = (Number(gross) / 1.23).toFixed(2);
    const vat = (Number(gross) - Number(net)).toFixed(2);
    const day = String(1 + (i % 28)).padStart(2, "0");
    return {
      type: "invoice",
      id: `${account.id}-L${i}`,
      customer: account.id,
      contract: `${account.id}-K`,
      number,
      kind: "invoice",
      issueDate: `2026-0${1 + (i % 9)}-${day}`,
      // Some overdue, some due in the future: both statuses appear.
      dueDate: i % 2 === 0 ? `2026-0${1 + (i % 9)}-${day}` : `2030-0${1 + (i % 9)}-${day}`,
      net,
      vat,
      gross,
      lines: [
        {
          description: "Energia elektryczna czynna, całodobowa, okres rozliczeniowy listopad 2026",
          quantity: "1",
          unit: "szt.",
          net,
          vatRate: "23",
          vat,
          gross,
        },
      ],
    };
  });
  const payments = Array.from({ length: 26 }, (_, i) => ({
    type: "payment",
    id: `${account.id}-W${i}`,
    customer: account.id,
    date: `2026-10-${String(1 + i).padStart(2, "0")}`,
    amount: "10.00",
    method: "przelew",
    ...(i === 0 ? { invoice: invoices[1]!.id } : {}),
  }));
  await importRecords(tenant, [...invoices, ...payments]);

  const category = tenantConfigs[tenant].ticketCategories[0]!.id;
  const handle = openPostgres(databaseUrl, { max: 1 });
  let ticketId: string;
  try {
    const rows = await handle.db
      .insert(tickets)
      .values(
        Array.from({ length: 21 }, (_, i) => ({
          tenantId: tenant,
          customerId: account.id,
          number: `E2E/${account.id}/${String(i + 1).padStart(6, "0")}`,
          category,
          subject: `Pytanie o rozliczenie faktury ${invoices[i]!.number} i korektę za okres grzewczy ${i + 1}`,
        })),
      )
      .returning();
    ticketId = rows[0]!.id;
  } finally {
    await handle.close();
  }
  await insertStaffReply(tenant, ticketId, "Dzień dobry, rozliczenie jest poprawne.");
  return { ...account, longInvoiceId: invoices[0]!.id, longInvoiceNumber: invoices[0]!.number, ticketId };
}
