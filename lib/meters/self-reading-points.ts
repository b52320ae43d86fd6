import type { CustomerScope } from "@/lib/auth/customer-scope";
import { now } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import { customerPoints, type CustomerPoint } from "@/lib/points/queries";
import { customerMeters, type Meter } from "@/lib/meters/queries";
import { inReadingWindow, readingWindowOf, windowClosedMessage, windowDays } from "@/lib/meters/reading-window";

export type SelfReadingPoint = Meter & {
  /** The point's window as a sentence, or null when readings are taken any day. */
  window: string | null;
  /** Outside the window: when it opens; null while the form is open. */
  closed: string | null;
};

/**
 * The Odczyty list (docs/portal.md §14): the customer's points the CRM marked `selfReading`, each with
 * its readings and window, and the codes of the other points, which take no readings here.
 */
export async function selfReadingPoints(scope: CustomerScope): Promise<{ points: SelfReadingPoint[]; others: CustomerPoint[] }> {
  const today = warsawDate(now());
  const meters = await customerMeters(scope, "readings");
  const others = (await customerPoints(scope)).filter((p) => !p.selfReading);
  const points = meters.map((meter) => {
    const window = readingWindowOf(meter.point);
    return {
      ...meter,
      window: window ? windowDays(window) : null,
      closed: window && !inReadingWindow(window, today) ? windowClosedMessage(window, today) : null,
    };
  });
  return { points, others };
}
