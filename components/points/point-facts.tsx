import type { CustomerPoint } from "@/lib/points/queries";
import { pointCodeLabels, pointKindLabels } from "@/lib/points/labels";
import { formatAddress } from "@/lib/format";
import { Facts, type Fact } from "@/components/facts";

/** Facts of one point of delivery as a definition list (list card and detail page). */
export function PointFacts({ point, withContract = true }: { point: CustomerPoint; withContract?: boolean }) {
  const rows: Fact[] = [
    [pointCodeLabels[point.kind], point.code],
    ["Rodzaj", pointKindLabels[point.kind]],
    ["Adres", formatAddress(point.address)],
    ["Taryfa", point.tariff ?? "—"],
    ["Numer licznika", point.meterNumber ?? "—"],
    ["Operator (OSD)", point.distributor ?? "—"],
  ];
  if (withContract) rows.push(["Umowa", point.contractNumber]);
  return (
    <Facts
      facts={rows}
      className="mt-3 grid grid-cols-1 gap-y-1 sm:grid-cols-[max-content_1fr] sm:items-baseline sm:gap-x-6 sm:gap-y-2"
      valueClassName="mb-2 font-medium break-words sm:mb-0"
    />
  );
}
