import { randomInt } from "node:crypto";
import { importRecords, type TenantId } from "./factories";
import { createAccount, type TestAccount } from "./recovery-accounts";

/**
 * A signed-up customer whose documents and payments make one of the three balance cases. Every
 * customer from createAccount starts with two invoices, 123,00 zł (due 30.09.2026) and 246,00 zł
 * (due 31.10.2026, the "last invoice"); this adds a correction, an interest note and payments.
 */
export type BillingCase = "due" | "overpaid" | "zero";
export type BillingAccount = TestAccount & { lastInvoiceId: string; correctionNumber: string; noteNumber: string };

const suffix = () => `${Date.now().toString(36)}${randomInt(1e6).toString(36)}`.toUpperCase();

export async function createBillingAccount(tenant: TenantId, billingCase: BillingCase): Promise<BillingAccount> {
  const account = await createAccount(tenant);
  const lastInvoiceId = `${account.id}-${account.lastInvoiceNumber}`;
  const correctionNumber = `KOR/${suffix()}`;
  const noteNumber = `NO/${suffix()}`;
  const payment = (id: string, amount: string, invoice?: string) => ({
    type: "payment",
    id: `${account.id}-${id}`,
    customer: account.id,
    date: "2026-11-02",
    amount,
    method: "przelew",
    ...(invoice ? { invoice } : {}),
  });
  const records: object[] = [
    {
      type: "invoice",
      id: `${account.id}-KOR`,
      customer: account.id,
      contract: `${account.id}-K`,
      number: correctionNumber,
      kind: "correction",
      corrects: lastInvoiceId,
      issueDate: "2026-11-05",
      dueDate: "2026-11-19",
      net: "-37.40",
      vat: "-8.60",
      gross: "-46.00",
      lines: [{ description: "Korekta ceny energii", quantity: "-1", unit: "szt.", net: "-37.40", vatRate: "23", vat: "-8.60", gross: "-46.00" }],
    },
    {
      type: "invoice",
      id: `${account.id}-NO`,
      customer: account.id,
      number: noteNumber,
      kind: "interest_note",
      issueDate: "2026-11-10",
      dueDate: "2030-12-31",
      net: "10.00",
      vat: "0.00",
      gross: "10.00",
      lines: [{ description: "Odsetki za zwłokę", quantity: "1", unit: "szt.", net: "10.00", vatRate: "zw", vat: "0.00", gross: "10.00" }],
    },
  ];
  // Documents total 123 + 246 − 46 + 10 = 333,00 zł.
  if (billingCase === "due") records.push(payment("P1", "123.00"));
  if (billingCase === "overpaid") records.push(payment("P1", "300.00"), payment("P2", "64.00", lastInvoiceId));
  if (billingCase === "zero") records.push(payment("P1", "333.00"));
  await importRecords(tenant, records);
  return { ...account, lastInvoiceId, correctionNumber, noteNumber };
}
