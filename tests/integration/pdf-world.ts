export { pdfText } from "@/tests/helpers/pdf-text";
import { septemberEnergy, septemberInvoice, septemberKsefNumber, tradeFeeLine } from "@/tests/helpers/sample-invoice";

/** Records for the invoice PDF tests: a customer with a point, a year of consumption and three documents. */
export const address = { street: "ul. Źródlana", building: "12", apartment: "3", postalCode: "00-238", city: "Łódź" };

export function pdfWorld(prefix: string) {
  const c = `${prefix}-C`;
  const line = (description: string, quantity: string, unit: string, net: string, vatRate: string, vat: string, gross: string, point?: string) => ({
    description,
    quantity,
    unit,
    net,
    vatRate,
    vat,
    gross,
    ...(point ? { point } : {}),
  });
  // The head of a document under the customer's contract.
  const document = (id: string, number: string, kind: string) => ({
    type: "invoice",
    id: `${prefix}-${id}`,
    customer: c,
    contract: `${prefix}-U`,
    number,
    kind,
  });
  return {
    customerId: c,
    invoiceId: `${prefix}-F1`,
    correctionId: `${prefix}-K1`,
    noteId: `${prefix}-N1`,
    records: [
      { type: "customer", id: c, kind: "individual", pesel: "44051401359", name: "Zażółć Gęślą-Jaźń", customerNumber: `${prefix}-NR`, address },
      {
        type: "customer",
        id: `${prefix}-B`,
        kind: "business",
        nip: "1234563218",
        name: "Piekarnia Złoty Kłos Sp. z o.o.",
        customerNumber: `${prefix}-NRB`,
        address,
      },
      { type: "contract", id: `${prefix}-U`, customer: c, number: `UE/${prefix}`, status: "active" },
      {
        type: "point",
        id: `${prefix}-P`,
        contract: `${prefix}-U`,
        code: `PPE-${prefix}`,
        kind: "electricity",
        address: { ...address, street: "ul. Licznikowa" },
      },
      { type: "consumption", point: `${prefix}-P`, periodFrom: "2026-09-01", periodTo: "2026-09-30", quantity: "1452", unit: "kWh" },
      { type: "consumption", point: `${prefix}-P`, periodFrom: "2025-09-01", periodTo: "2025-09-30", quantity: "1500", unit: "kWh" },
      {
        ...document("F1", `FV/2026/09/${prefix}`, "invoice"),
        ...septemberInvoice,
        ksefNumber: septemberKsefNumber,
        lines: [
          {
            description: "Sprzedaż energii elektrycznej czynnej",
            ...septemberEnergy,
            point: `${prefix}-P`,
            unitPrice: "0.68182",
            meterNumber: `L-${prefix}-7`,
            tariff: "G11",
            readingFrom: { date: "2026-08-31", value: "12345.678", source: "actual" },
            readingTo: { date: "2026-09-30", value: "13797.678", source: "estimated" },
          },
          tradeFeeLine,
        ],
      },
      {
        ...document("K1", `FK/2026/10/${prefix}`, "correction"),
        corrects: `${prefix}-F1`,
        issueDate: "2026-10-20",
        dueDate: "2026-11-03",
        correctionReason: "Opłata handlowa naliczona mimo rezygnacji z e-faktury papierowej",
        net: "-15.61",
        vat: "-1.25",
        gross: "-16.86",
        lines: [
          {
            ...line("Korekta opłaty handlowej", "-1", "mies.", "-15.61", "8", "-1.25", "-16.86"),
            before: { quantity: "1", net: "15.61", vat: "1.25", gross: "16.86" },
          },
        ],
      },
      {
        type: "invoice",
        id: `${prefix}-N1`,
        customer: c,
        number: `NO/2026/11/${prefix}`,
        kind: "interest_note",
        interest: { invoice: `${prefix}-F1`, daysLate: 23, ratePercent: "11.25" },
        issueDate: "2026-11-02",
        dueDate: "2026-11-16",
        net: "12.34",
        vat: "0.00",
        gross: "12.34",
        lines: [line("Odsetki za opóźnienie w zapłacie", "1", "szt.", "12.34", "zw", "0.00", "12.34")],
      },
    ],
  };
}
