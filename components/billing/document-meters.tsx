import type { MeterRow } from "@/lib/billing/invoice-details";
import { formatDecimal, readingText } from "@/lib/billing/invoice-details";
import { addressLines } from "@/lib/pdf/labels";
import { Facts, type Fact } from "@/components/facts";

/** "Punkt poboru i odczyty": per point and meter a card (it reads on a phone without sideways scrolling). */
export function DocumentMeters({ rows }: { rows: MeterRow[] }) {
  if (rows.length === 0) return null;
  return (
    <section className="mt-6" aria-labelledby="meters-title">
      <h2 id="meters-title" className="text-lg font-semibold">
        Punkt poboru i odczyty
      </h2>
      <ul className="mt-3 grid gap-3 lg:grid-cols-2" data-testid="document-meters">
        {rows.map((row, i) => {
          const facts: Fact[] = [];
          if (row.pointAddress) facts.push(["Adres", addressLines(row.pointAddress).join(", ")]);
          if (row.meterNumber) facts.push(["Licznik", row.meterNumber]);
          if (row.tariff) facts.push(["Taryfa", row.tariff]);
          if (row.readingFrom) facts.push(["Odczyt poprzedni", readingText(row.readingFrom, row.unit)]);
          if (row.readingTo) facts.push(["Odczyt bieżący", readingText(row.readingTo, row.unit)]);
          if (row.usage !== null) facts.push(["Zużycie", `${formatDecimal(row.usage)} ${row.unit}`]);
          return (
            <li key={i} className="min-w-0 rounded-lg border border-line bg-white p-4 shadow-xs">
              <p className="font-semibold wrap-anywhere">Punkt poboru {row.pointCode ?? "—"}</p>
              <Facts facts={facts} className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_minmax(0,1fr)]" valueClassName="wrap-anywhere" />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
