/** Netto / VAT / brutto per VAT rate and in total, in grosze — the "Podsumowanie VAT" table. */
export type VatLine = { net: number; vat: number; gross: number; vatRate: string };
export type VatSummaryRow = { rate: string; net: number; vat: number; gross: number };

/** Highest rate first, "zw" (exempt) last, as Polish invoices list them. */
const rank = (rate: string) => (rate === "zw" ? -1 : Number(rate));

export function vatSummary(lines: VatLine[]): { rows: VatSummaryRow[]; total: Omit<VatSummaryRow, "rate"> } {
  const byRate = new Map<string, VatSummaryRow>();
  for (const line of lines) {
    const row = byRate.get(line.vatRate) ?? { rate: line.vatRate, net: 0, vat: 0, gross: 0 };
    row.net += line.net;
    row.vat += line.vat;
    row.gross += line.gross;
    byRate.set(line.vatRate, row);
  }
  const rows = [...byRate.values()].sort((a, b) => rank(b.rate) - rank(a.rate));
  const total = rows.reduce((t, r) => ({ net: t.net + r.net, vat: t.vat + r.vat, gross: t.gross + r.gross }), { net: 0, vat: 0, gross: 0 });
  return { rows, total };
}

/** "23%" / "zw". */
export function formatRate(rate: string): string {
  return rate === "zw" ? "zw" : `${rate}%`;
}
