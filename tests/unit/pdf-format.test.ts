import { describe, expect, it } from "vitest";
import { compareConsumption, consumptionSentence, shiftYears } from "@/lib/pdf/consumption";
import { changePercent } from "@/lib/points/consumption";
import { formatChange } from "@/lib/format";
import { formatIban } from "@/lib/pdf/iban";
import { quantityCell } from "@/lib/pdf/labels";
import { correctionRows, formatDecimal, meterRows, readingText, unitPriceText } from "@/lib/billing/invoice-details";
import { vatSummary } from "@/lib/pdf/vat-summary";

describe("invoice PDF formats", () => {
  it("groups the IBAN by four", () => {
    expect(formatIban("PL57102010260000150201234567")).toBe("PL57 1020 1026 0000 1502 0123 4567");
  });

  it("prints quantities the Polish way and a unit price only when it makes sense", () => {
    expect(quantityCell("12345.50")).toBe("12\u00a0345,5");
    expect(quantityCell("-1")).toBe("−1");
    expect(quantityCell("150.000")).toBe("150");
    expect(unitPriceText({ unitPrice: null, net: 99000, quantity: "1452" })).toBe("0,68");
    expect(unitPriceText({ unitPrice: null, net: 1000, quantity: "0" })).toBeNull();
  });

  it("prints the CRM's unit price with all its decimals, at least two", () => {
    expect(unitPriceText({ unitPrice: "0.61234", net: 99000, quantity: "1452" })).toBe("0,61234");
    expect(unitPriceText({ unitPrice: "28.5", net: 2850, quantity: "1" })).toBe("28,50");
    expect(unitPriceText({ unitPrice: "1234.10000", net: 123410, quantity: "1" })).toBe("1\u00a0234,10");
    expect(formatDecimal("-0.5")).toBe("−0,5");
    expect(formatDecimal("000")).toBe("0");
  });

  it("reads a meter: both readings with their source and the exact use between them", () => {
    const address = { street: "ul. Długa", building: "1", postalCode: "00-001", city: "Warszawa" };
    const points = new Map([["P1", { id: "P1", code: "PL0001", address, meterNumber: "M-OLD", tariff: "G11" }]]);
    const from = { date: "2026-08-31", value: "12345.678", source: "actual" as const };
    const to = { date: "2026-09-30", value: "13797.7", source: "estimated" as const };
    const line = (l: object) => ({ pointId: "P1", meterNumber: null, tariff: null, readingFrom: null, readingTo: null, unit: "kWh", ...l });
    const rows = meterRows(
      [line({ unit: "mies." }), line({ readingFrom: from, readingTo: to, meterNumber: "M-1" }), line({ readingFrom: from, readingTo: to, meterNumber: "M-1" })],
      points,
    );
    expect(rows).toEqual([
      { pointCode: "PL0001", pointAddress: address, meterNumber: "M-1", tariff: "G11", readingFrom: from, readingTo: to, usage: "1452.022", unit: "kWh" },
    ]);
    // A fixed charge naming another meter of the point gets a row of its own; one without readings or a point adds none.
    expect(meterRows([line({ unit: "mies.", meterNumber: "M-2" }), line({ pointId: null, unit: "szt." })], points)).toEqual([
      { pointCode: "PL0001", pointAddress: address, meterNumber: "M-2", tariff: "G11", readingFrom: null, readingTo: null, usage: null, unit: "mies." },
    ]);
    expect(readingText(from, "kWh")).toBe("31.08.2026: 12\u00a0345,678 kWh (odczyt rzeczywisty)");
    expect(readingText({ ...to, source: "customer" }, "GJ")).toBe("30.09.2026: 13\u00a0797,7 GJ (odczyt klienta)");
  });

  it("turns a correction line into Było / Jest / Różnica", () => {
    expect(correctionRows({ quantity: "-52", net: -3224, vat: -742, gross: -3966 }, { quantity: "1452", net: 90024, vat: 20706, gross: 110730 })).toEqual([
      { label: "Było", quantity: "1452", net: 90024, vat: 20706, gross: 110730 },
      { label: "Jest", quantity: "1400", net: 86800, vat: 19964, gross: 106764 },
      { label: "Różnica", quantity: "-52", net: -3224, vat: -742, gross: -3966 },
    ]);
  });

  it("sums VAT per rate, highest first, exempt last", () => {
    const line = (vatRate: string, net: number, vat: number) => ({ vatRate, net, vat, gross: net + vat });
    const { rows, total } = vatSummary([line("8", 100, 8), line("zw", 50, 0), line("23", 100, 23), line("23", 200, 46)]);
    expect(rows.map((r) => [r.rate, r.net, r.vat, r.gross])).toEqual([
      ["23", 300, 69, 369],
      ["8", 100, 8, 108],
      ["zw", 50, 0, 50],
    ]);
    expect(total).toEqual({ net: 450, vat: 77, gross: 527 });
  });

  it("compares consumption with the same months a year earlier", () => {
    expect(shiftYears("2028-02-29", -1)).toBe("2027-02-28");
    const rows = [
      { periodFrom: "2026-09-01", periodTo: "2026-09-30", quantity: "1452", unit: "kWh" },
      { periodFrom: "2025-09-01", periodTo: "2025-09-30", quantity: "1500", unit: "kWh" },
      { periodFrom: "2025-08-01", periodTo: "2025-08-31", quantity: "999", unit: "kWh" },
      { periodFrom: "2026-09-01", periodTo: "2026-09-30", quantity: "3.5", unit: "GJ" },
    ];
    const lines = compareConsumption(rows, "2026-09-01", "2026-09-30");
    expect(lines).toEqual([
      { unit: "kWh", current: 1452, previous: 1500 },
      { unit: "GJ", current: 3.5, previous: null },
    ]);
    expect(consumptionSentence(lines[0]!)).toBe(
      "Zużycie w okresie rozliczeniowym: 1\u00a0452 kWh; w analogicznym okresie ubiegłego roku: 1\u00a0500 kWh (−3,2%)",
    );
    expect(consumptionSentence(lines[1]!)).toBe("Zużycie w okresie rozliczeniowym: 3,5 GJ; w analogicznym okresie ubiegłego roku: brak danych");
    expect(formatChange(changePercent("110", "100"), { tenths: "always" })).toBe("+10,0%");
    expect(changePercent("5", "0")).toBeNull();
  });
});
