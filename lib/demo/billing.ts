import { amountToDecimal } from "@/lib/format";
import type { Tariff } from "@/lib/demo/profiles";

/**
 * Invoice lines in integer grosze. VAT is computed per line and the header is the sum of its lines,
 * so net + VAT = gross holds on every line and on every document, corrections included.
 */

export type VatRate = "23" | "8" | "5" | "0" | "zw";
export type Line = { description: string; qtyMilli: number; unit: string; net: number; vatRate: VatRate; vat: number; gross: number; point?: string };

const roundHalfAway = (value: number) => Math.sign(value) * Math.round(Math.abs(value));

export function vatOf(net: number, rate: VatRate): number {
  return rate === "zw" || rate === "0" ? 0 : roundHalfAway((net * Number(rate)) / 100);
}

export function makeLine(description: string, qtyMilli: number, unit: string, netGrosze: number, vatRate: VatRate, point?: string): Line {
  const vat = vatOf(netGrosze, vatRate);
  return { description, qtyMilli, unit, net: netGrosze, vatRate, vat, gross: netGrosze + vat, ...(point ? { point } : {}) };
}

/** The tariff's lines for one point and one month's use. */
export function tariffLines(tariff: Tariff, qtyMilli: number, unit: string, vatRate: VatRate, point: string): Line[] {
  return tariff.lines.map((l) =>
    l.perUnit ? makeLine(l.description, qtyMilli, unit, roundHalfAway((qtyMilli * l.priceGrosze) / 1000), vatRate, point) : makeLine(l.description, 1000, "mies.", l.priceGrosze, vatRate, point),
  );
}

/** A correction that takes back `share` of each per-unit line (a re-read meter, a wrong estimate). */
export function correctionLines(lines: Line[], share: number): Line[] {
  return lines
    .filter((l) => l.unit !== "mies.")
    .map((l) => {
      const step = l.unit === "GJ" ? 1 : 1000; // kWh are whole numbers on the invoice
      const qtyMilli = -Math.max(step, Math.round((l.qtyMilli * share) / step) * step);
      const net = roundHalfAway((l.net * qtyMilli) / l.qtyMilli);
      return makeLine(`Korekta: ${l.description}`, qtyMilli, l.unit, net, l.vatRate, l.point);
    });
}

export function totals(lines: Line[]) {
  return lines.reduce((t, l) => ({ net: t.net + l.net, vat: t.vat + l.vat, gross: t.gross + l.gross }), { net: 0, vat: 0, gross: 0 });
}

export const quantityText = (qtyMilli: number, unit: string) => (unit === "GJ" ? (qtyMilli / 1000).toFixed(3) : String(Math.round(qtyMilli / 1000)));

/** The JSON Lines shape of an invoice line. */
export function lineRecord(l: Line) {
  return {
    description: l.description,
    quantity: quantityText(l.qtyMilli, l.unit),
    unit: l.unit,
    net: amountToDecimal(l.net),
    vatRate: l.vatRate,
    vat: amountToDecimal(l.vat),
    gross: amountToDecimal(l.gross),
    ...(l.point ? { point: l.point } : {}),
  };
}
