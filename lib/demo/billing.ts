import { amountToDecimal } from "@/lib/format";
import type { Tariff } from "@/lib/demo/profiles";

/**
 * Invoice lines in integer grosze. VAT is computed per line and the header is the sum of its lines,
 * so net + VAT = gross holds on every line and on every document, corrections included.
 */

export type VatRate = "23" | "8" | "5" | "0" | "zw";
export type Reading = { date: string; value: string; source: "actual" | "estimated" | "customer" };
/** Where a line's use was measured: the point's meter and tariff, and for a per-unit line the two readings. */
export type Metering = { meterNumber: string; tariff: string; readingFrom?: Reading; readingTo?: Reading };
export type Line = {
  description: string;
  qtyMilli: number;
  unit: string;
  net: number;
  vatRate: VatRate;
  vat: number;
  gross: number;
  point?: string;
  /** Net złote per unit as priced, up to 5 decimals. */
  unitPrice?: string;
  metering?: Metering;
  /** A correction line: the corrected line's values. */
  before?: { qtyMilli: number; net: number; vat: number; gross: number };
};

const roundHalfAway = (value: number) => Math.sign(value) * Math.round(Math.abs(value));

export function vatOf(net: number, rate: VatRate): number {
  return rate === "zw" || rate === "0" ? 0 : roundHalfAway((net * Number(rate)) / 100);
}

export function makeLine(description: string, qtyMilli: number, unit: string, netGrosze: number, vatRate: VatRate, point?: string): Line {
  const vat = vatOf(netGrosze, vatRate);
  return { description, qtyMilli, unit, net: netGrosze, vatRate, vat, gross: netGrosze + vat, ...(point ? { point } : {}) };
}

/** 61.794 grosze → "0.61794"; 6820 → "68.20" (at least two decimals, at most five). */
export function priceText(priceGrosze: number): string {
  return (priceGrosze / 100).toFixed(5).replace(/(\.\d\d\d*?)0+$/, "$1");
}

/** The tariff's lines for one point and one month's use; per-unit lines carry the readings. */
export function tariffLines(tariff: Tariff, qtyMilli: number, unit: string, vatRate: VatRate, point: string, metering?: Metering): Line[] {
  const fixedMetering = metering ? { meterNumber: metering.meterNumber, tariff: metering.tariff } : undefined;
  return tariff.lines.map((l) =>
    l.perUnit
      ? {
          ...makeLine(l.description, qtyMilli, unit, roundHalfAway((qtyMilli * l.priceGrosze) / 1000), vatRate, point),
          unitPrice: priceText(l.priceGrosze),
          ...(metering ? { metering } : {}),
        }
      : {
          ...makeLine(l.description, 1000, "mies.", l.priceGrosze, vatRate, point),
          unitPrice: priceText(l.priceGrosze),
          ...(fixedMetering ? { metering: fixedMetering } : {}),
        },
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
      const before = { qtyMilli: l.qtyMilli, net: l.net, vat: l.vat, gross: l.gross };
      const metering = l.metering ? { meterNumber: l.metering.meterNumber, tariff: l.metering.tariff } : undefined;
      return {
        ...makeLine(`Korekta: ${l.description}`, qtyMilli, l.unit, net, l.vatRate, l.point),
        ...(l.unitPrice ? { unitPrice: l.unitPrice } : {}),
        ...(metering ? { metering } : {}),
        before,
      };
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
    ...(l.unitPrice ? { unitPrice: l.unitPrice } : {}),
    ...(l.metering ? { meterNumber: l.metering.meterNumber, tariff: l.metering.tariff } : {}),
    ...(l.metering?.readingFrom ? { readingFrom: l.metering.readingFrom } : {}),
    ...(l.metering?.readingTo ? { readingTo: l.metering.readingTo } : {}),
    ...(l.before
      ? {
          before: {
            quantity: quantityText(l.before.qtyMilli, l.unit),
            net: amountToDecimal(l.before.net),
            vat: amountToDecimal(l.before.vat),
            gross: amountToDecimal(l.before.gross),
          },
        }
      : {}),
  };
}
