import type { CustomerScope } from "@/lib/auth/customer-scope";
import { now } from "@/lib/clock";
import { unitLabel, warsawDate } from "@/lib/format";
import { customerMeter, type Meter, type ReadingRow } from "@/lib/meters/queries";
import { meterNotices } from "@/lib/meters/paths";
import { findOwnReading } from "@/lib/meters/own-reading";
import { correctionRefusal } from "@/lib/meters/correctable";
import { enforcedWindow, type ReadingModule } from "@/lib/meters/reading-module";
import { inReadingWindow, windowClosedMessage } from "@/lib/meters/reading-window";
import { unitOfKind } from "@/lib/points/consumption";

export type MeterPageSearch = { popraw?: string | string[]; odczyt?: string | string[] };

export type MeterPageData = Meter & {
  unit: string;
  today: string;
  /** The reading `?popraw=` corrects, when it can still be corrected. */
  correcting: ReadingRow | undefined;
  /** Why `?popraw=` names a reading that can no longer be changed. */
  refusal: string | null;
  /** The notice after a redirect (`?odczyt=`). */
  notice: string | undefined;
  correctable: ReadingRow[];
  /** The newest reading's date other than the one being corrected (the form's hint). */
  lastDate: string | null;
  /** Outside the point's reading window: when it opens (the form is not shown). */
  closed: string | null;
};

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/**
 * What one point's readings page shows (MPEC's Liczniki and Odczyty alike): "Podaj odczyt", today's
 * readings that can still be corrected or withdrawn, and the full history. `?popraw=<reading>` turns the
 * form into the correction of that reading; a reading id not on this point, or a point the screen takes
 * no readings of, is null: the page answers 404 (S13).
 */
export async function meterPageData(scope: CustomerScope, module: ReadingModule, pointId: string, search: MeterPageSearch): Promise<MeterPageData | null> {
  const meter = await customerMeter(scope, pointId, module);
  if (!meter) return null;
  const { point, readings } = meter;
  const correctId = single(search.popraw);
  const target = correctId === undefined ? undefined : readings.find((r) => r.id === correctId);
  // Not among the live readings: the customer's own, already replaced or withdrawn (e.g. an old tab), or a 404.
  const gone = correctId !== undefined && !target ? await findOwnReading(scope, point.id, correctId) : null;
  if (correctId !== undefined && !target && !gone) return null;
  const correcting = target?.correctable ? target : undefined;
  const refusal = gone
    ? correctionRefusal(gone, now())
    : target && !correcting
      ? "Tego odczytu nie można już zmienić: poprawić lub wycofać można tylko odczyt podany dzisiaj, dopóki nie zostanie przekazany do rozliczenia."
      : null;
  const today = warsawDate(now());
  const window = enforcedWindow(point);
  return {
    point,
    readings,
    unit: unitLabel(readings[0]?.unit ?? unitOfKind[point.kind]),
    today,
    correcting,
    refusal,
    notice: meterNotices[single(search.odczyt) ?? ""],
    correctable: readings.filter((r) => r.correctable),
    lastDate: (correcting ? readings.filter((r) => r.id !== correcting.id) : readings)[0]?.date ?? null,
    closed: window && !inReadingWindow(window, today) ? windowClosedMessage(window, today) : null,
  };
}
