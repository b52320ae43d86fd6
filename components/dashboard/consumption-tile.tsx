import Link from "next/link";
import type { PointGlance } from "@/lib/dashboard/consumption";
import { pointKindLabels } from "@/lib/points/labels";
import { monthLabel } from "@/lib/points/months";
import { Tile } from "./tile";
import { formatChange, formatQuantity, unitLabel } from "@/lib/format";

/** "Zużycie": each point's last full month and its change against the same month a year earlier. */
export function ConsumptionTile({ points, pointsHref }: { points: PointGlance[]; pointsHref: string | null }) {
  const withData = points.filter((point) => point.quantity !== null);
  return (
    <Tile id="consumption" title="Zużycie" links={pointsHref ? [{ href: pointsHref, label: "Wszystkie punkty poboru" }] : []}>
      {withData.length === 0 ? (
        <p className="text-ink-muted">Brak danych o zużyciu.</p>
      ) : (
        <ul className="divide-y divide-line">
          {points.map((point) => (
            <li key={point.id} className="py-2 first:pt-0 last:pb-0" data-testid="consumption-point">
              <p className="text-sm text-ink-muted">
                {pointsHref ? (
                  <Link
                    href={`${pointsHref}/${encodeURIComponent(point.id)}`}
                    className="font-semibold break-all text-brand underline underline-offset-4 hover:no-underline"
                  >
                    {point.code}
                  </Link>
                ) : (
                  <span className="font-semibold break-all">{point.code}</span>
                )}{" "}
                · {pointKindLabels[point.kind]}, {monthLabel(point.month)}
              </p>
              {point.quantity === null ? (
                <p className="text-ink-muted">Brak danych o zużyciu.</p>
              ) : (
                <p>
                  <span className="text-xl font-bold" data-testid="consumption-quantity">
                    {formatQuantity(point.quantity)} {unitLabel(point.unit)}
                  </span>
                  {point.changePercent !== null ? (
                    <span className="ml-2 text-sm text-ink-muted" data-testid="consumption-change">
                      {formatChange(point.changePercent)} r/r
                    </span>
                  ) : null}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Tile>
  );
}
