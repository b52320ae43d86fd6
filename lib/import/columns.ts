import type { Address } from "@/db/schema";
import type { ParsedOf } from "@/lib/import/records";

/**
 * A parsed record → the columns of its table under the drizzle schema's field names (camelCase). The
 * import writes them under the tables' column names (prepare.ts, through snakeCaseKeys); the theme
 * preview (lib/staff/preview.ts) keeps them as rows in memory, so both read a record the same way.
 */

/** The import keeps a missing apartment as null; the column's type leaves it out. */
export function addressRow({ apartment, ...rest }: ParsedOf<"customer">["address"]): Address {
  return apartment ? { ...rest, apartment } : rest;
}

export function invoiceColumns(r: ParsedOf<"invoice">) {
  return {
    id: r.id,
    customerId: r.customer,
    contractId: r.contract,
    number: r.number,
    kind: r.kind,
    correctsId: r.corrects,
    issueDate: r.issueDate,
    dueDate: r.dueDate,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    net: r.net,
    vat: r.vat,
    gross: r.gross,
    ksefNumber: r.ksefNumber,
    correctionReason: r.correctionReason,
    interestInvoiceId: r.interest?.invoice ?? null,
    interestDaysLate: r.interest?.daysLate ?? null,
    interestRatePercent: r.interest?.ratePercent ?? null,
  };
}

/** The invoice's lines, numbered from 1 in the file's order. */
export function invoiceLineColumns(r: ParsedOf<"invoice">) {
  return r.lines.map((l, i) => ({
    invoiceId: r.id,
    lineNo: i + 1,
    description: l.description,
    quantity: l.quantity,
    unit: l.unit,
    net: l.net,
    vatRate: l.vatRate,
    vat: l.vat,
    gross: l.gross,
    pointId: l.point,
    unitPrice: l.unitPrice,
    meterNumber: l.meterNumber,
    readingFrom: l.readingFrom,
    readingTo: l.readingTo,
    tariff: l.tariff,
    before: l.before,
  }));
}

const columnNames = new Map<string, string>();

/** Field names → column names: `interestRatePercent` → `interest_rate_percent` (each name converted once: the import calls this for every invoice line). */
export function snakeCaseKeys(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in row) {
    let name = columnNames.get(key);
    if (name === undefined) columnNames.set(key, (name = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)));
    out[name] = row[key];
  }
  return out;
}
