/**
 * The September 2026 electricity invoice that the PDF and document-detail tests (unit, integration
 * and e2e) all import: its dates and amounts, its energy line and its trade fee line, as the CRM sends them.
 */
export const septemberInvoice = {
  issueDate: "2026-10-05",
  dueDate: "2026-10-19",
  periodFrom: "2026-09-01",
  periodTo: "2026-09-30",
  net: "1005.61",
  vat: "228.95",
  gross: "1234.56",
};

/** Its KSeF number, where a test shows one. */
export const septemberKsefNumber = "5272618716-20261005-ABCDEF-12";

/** The energy line without its description (the tests word it differently). */
export const septemberEnergy = { quantity: "1452", unit: "kWh", net: "990.00", vatRate: "23", vat: "227.70", gross: "1217.70" };

export const tradeFeeLine = { description: "Opłata handlowa", quantity: "1", unit: "mies.", net: "15.61", vatRate: "8", vat: "1.25", gross: "16.86" };
