import { describe, expect, it } from "vitest";
import { changePercent, compareConsumption, consumptionSentence, shiftYears } from "@/lib/pdf/consumption";
import { formatIban } from "@/lib/pdf/iban";
import { quantityCell, unitPrice } from "@/lib/pdf/labels";
import { vatSummary } from "@/lib/pdf/vat-summary";

describe("invoice PDF formats", () => {
  it("groups the IBAN by four", () => {
    expect(formatIban("PL57102010260000150201234567")).toBe("PL57 1020 1026 0000 1502 0123 4567");
  });

  it("prints quantities the Polish way and a unit price only when it makes sense", () => {
    expect(quantityCell("12345.50")).toBe("12\u00a0345,5");
    expect(quantityCell("-1")).toBe("−1");
    expect(quantityCell("150.000")).toBe("150");
    expect(unitPrice(99000, "1452")).toBe(68);
    expect(unitPrice(1000, "0")).toBeNull();
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
    expect(consumptionSentence(lines[0]!)).toBe("Zużycie w okresie rozliczeniowym: 1\u00a0452 kWh; w analogicznym okresie ubiegłego roku: 1\u00a0500 kWh (−3,2%)");
    expect(consumptionSentence(lines[1]!)).toBe("Zużycie w okresie rozliczeniowym: 3,5 GJ; w analogicznym okresie ubiegłego roku: brak danych");
    expect(changePercent(110, 100)).toBe("+10,0%");
    expect(changePercent(5, 0)).toBeNull();
  });
});
