import { describe, expect, it } from "vitest";
import { consumptionCsv } from "@/lib/points/csv";
import { changePercent, type ConsumptionHistory } from "@/lib/points/consumption";
import { formatChange, formatQuantity } from "@/lib/format";

const history: ConsumptionHistory = {
  unit: "GJ",
  months: [
    { month: "2025-11", previousMonth: "2024-11", current: "1234.500", previous: "1000", changePercent: 23.5 },
    { month: "2025-12", previousMonth: "2024-12", current: null, previous: "12.25", changePercent: null },
  ],
};

describe("consumption CSV", () => {
  const csv = consumptionCsv(history);

  it("starts with a UTF-8 BOM so Excel shows Polish letters", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("separates fields with semicolons and writes decimal commas", () => {
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Miesiąc;Zużycie (GJ);Miesiąc rok wcześniej;Zużycie rok wcześniej (GJ);Zmiana (%)");
    expect(lines[1]).toBe("2025-11;1234,5;2024-11;1000;23,5");
    expect(lines[2]).toBe("2025-12;;2024-12;12,25;");
    expect(lines).toHaveLength(3);
  });
});

describe("change and quantities", () => {
  it("computes the change in % exactly, rounded to one decimal", () => {
    expect(changePercent("1234.5", "1000")).toBe(23.5);
    expect(changePercent("1", "3")).toBe(-66.7);
    expect(changePercent("2", "3")).toBe(-33.3);
    expect(changePercent("5", "0")).toBeNull();
    expect(changePercent(null, "3")).toBeNull();
    expect(formatChange(-4)).toBe("−4%");
    expect(formatChange(12.3)).toBe("+12,3%");
  });

  it("formats quantities the Polish way", () => {
    expect(formatQuantity("1234.500")).toBe("1\u00a0234,5");
    expect(formatQuantity("12")).toBe("12");
  });
});
