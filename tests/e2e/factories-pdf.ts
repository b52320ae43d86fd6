import { randomInt } from "node:crypto";
import { importRecords, type TenantId } from "./factories";
import { septemberInvoiceHead } from "./factories-documents";

/**
 * An invoice with a billing period, a metering point and a year of consumption, imported for a
 * customer made by createCustomer/createAccount (whose contract is `<customer id>-K`).
 */
export type PdfInvoice = { id: string; number: string; grossText: string };

export async function createPdfInvoice(tenant: TenantId, customerId: string): Promise<PdfInvoice> {
  const suffix = `${Date.now().toString(36)}${randomInt(1e9).toString(36)}`.toUpperCase();
  const point = `${customerId}-PP`;
  const invoice: PdfInvoice = { id: `${customerId}-PDF-${suffix}`, number: `FV/2026/09/${suffix}`, grossText: "1 234,56 zł" };
  const address = { street: "ul. Źródlana", building: "12", postalCode: "00-238", city: "Łódź" };
  await importRecords(tenant, [
    { type: "point", id: point, contract: `${customerId}-K`, code: `PPE-${suffix}`, kind: "electricity", address },
    { type: "consumption", point, periodFrom: "2026-09-01", periodTo: "2026-09-30", quantity: "1452", unit: "kWh" },
    { type: "consumption", point, periodFrom: "2025-09-01", periodTo: "2025-09-30", quantity: "1500", unit: "kWh" },
    {
      ...septemberInvoiceHead(customerId, invoice.id, invoice.number),
      lines: [
        {
          description: "Sprzedaż energii elektrycznej czynnej",
          quantity: "1452",
          unit: "kWh",
          net: "990.00",
          vatRate: "23",
          vat: "227.70",
          gross: "1217.70",
          point,
        },
        { description: "Opłata handlowa", quantity: "1", unit: "mies.", net: "15.61", vatRate: "8", vat: "1.25", gross: "16.86" },
      ],
    },
  ]);
  return invoice;
}
