import { septemberInvoice } from "@/tests/helpers/sample-invoice";

/**
 * Records of the September 2026 energy invoice (1 234,56 zł for 01–30.09.2026, due 19.10.2026) and
 * of the interest note for paying it 23 days late (11,25 %: 8,75 zł), shared by the specs that show
 * documents in detail. A customer from createCustomer/createAccount has the contract `<id>-K`.
 */
const head = (customerId: string, id: string, number: string, kind: "invoice" | "correction" | "interest_note") => ({
  type: "invoice",
  id,
  customer: customerId,
  // An interest note belongs to no contract.
  ...(kind === "interest_note" ? {} : { contract: `${customerId}-K` }),
  number,
  kind,
});

export function septemberInvoiceHead(customerId: string, id: string, number: string) {
  return { ...head(customerId, id, number, "invoice"), ...septemberInvoice };
}

export function lateInterestNote(customerId: string, id: string, number: string, invoice: { id: string; number: string }) {
  return {
    ...head(customerId, id, number, "interest_note"),
    interest: { invoice: invoice.id, daysLate: 23, ratePercent: "11.25" },
    issueDate: "2026-11-02",
    dueDate: "2026-11-16",
    net: "8.75",
    vat: "0.00",
    gross: "8.75",
    lines: [
      {
        description: `Odsetki za opóźnienie w zapłacie faktury ${invoice.number}`,
        quantity: "1",
        unit: "szt.",
        net: "8.75",
        vatRate: "zw",
        vat: "0.00",
        gross: "8.75",
      },
    ],
  };
}

/** The head of a correction of that invoice after an actual reading, issued 20.10.2026; the caller adds amounts and lines. */
export function readingCorrectionHead(customerId: string, id: string, number: string, invoiceId: string) {
  return {
    ...head(customerId, id, number, "correction"),
    corrects: invoiceId,
    correctionReason: "Zmiana odczytu szacowanego na rzeczywisty",
    issueDate: "2026-10-20",
    dueDate: "2026-11-03",
  };
}
