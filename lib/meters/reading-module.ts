import type { CustomerPoint } from "@/lib/points/queries";
import { readingWindowOf, type ReadingWindow } from "@/lib/meters/reading-window";

/**
 * The two screens that take the customer's readings share one set of rules (lib/meters/): MPEC's
 * "Liczniki" (docs/portal.md §8) takes readings of every point with a meter; the Polenergia tenants'
 * "Odczyty" (docs/portal.md §14) only of points the CRM marked `selfReading`. Both take them only
 * inside the point's reading window when the CRM sent one.
 */
export type ReadingModule = "meters" | "readings";

export const readingModuleRoutes: Record<ReadingModule, string> = { meters: "/liczniki", readings: "/odczyty" };

/** Does this screen take readings of the point? Otherwise the point is not found there (404). */
export function takesReadings(point: CustomerPoint, module: ReadingModule): boolean {
  return module === "meters" ? point.meterNumber !== null : point.selfReading;
}

/** The window the screen enforces: the point's, on either screen, when the CRM sent one. */
export function enforcedWindow(point: Pick<CustomerPoint, "readingWindowFrom" | "readingWindowTo">): ReadingWindow | null {
  return readingWindowOf(point);
}

/** The tenant's reading screen, if any: "Odczyty" where offered, else MPEC's "Liczniki". */
export function readingModuleOf(offers: (module: ReadingModule) => boolean): ReadingModule | null {
  return offers("readings") ? "readings" : offers("meters") ? "meters" : null;
}
