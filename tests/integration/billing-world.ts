import type { Db } from "@/db/client";
import { contracts, customers, invoiceLines, invoices, payments, type NewInvoice } from "@/db/schema";

/** Customers with documents and payments written straight into a test database. */
const address = { street: "ul. Polna", building: "2", postalCode: "00-002", city: "Warszawa" };

export async function addCustomer(db: Db, tenantId: string, id: string) {
  await db.insert(customers).values({ tenantId, id, kind: "individual", name: `Klient ${id}`, address });
  await db.insert(contracts).values({ tenantId, id: `${id}-K`, customerId: id, payerId: id, number: `UM/${id}`, status: "active" });
}

type Doc = Pick<NewInvoice, "id" | "gross" | "dueDate"> & Partial<NewInvoice>;

export async function addDocuments(db: Db, tenantId: string, customerId: string, docs: Doc[]) {
  await db.insert(invoices).values(
    docs.map((d) => ({
      tenantId,
      customerId,
      contractId: `${customerId}-K`,
      number: `FV/${d.id}`,
      kind: "invoice" as const,
      issueDate: d.dueDate,
      net: d.gross,
      vat: 0,
      ...d,
    })),
  );
}

/** A customer (with its contract) and its documents, the way most billing tests start. */
export async function addCustomerWithDocuments(db: Db, tenantId: string, id: string, docs: Doc[]) {
  await addCustomer(db, tenantId, id);
  await addDocuments(db, tenantId, id, docs);
}

export async function addLine(db: Db, tenantId: string, invoiceId: string, gross: number) {
  await db
    .insert(invoiceLines)
    .values({ tenantId, invoiceId, lineNo: 1, description: "Energia czynna", quantity: "123.5", unit: "kWh", net: gross, vatRate: "0", vat: 0, gross });
}

export async function addPayment(db: Db, tenantId: string, customerId: string, id: string, amount: number, date: string, invoiceId: string | null = null) {
  await db.insert(payments).values({ tenantId, id, customerId, amount, date, invoiceId, method: "przelew" });
}
