import type { CustomerPoint } from "@/lib/points/queries";
import { readingWindowOf, type ReadingWindow } from "@/lib/meters/reading-window";

/**
 * The two screens that take the customer's readings share one set of rules (lib/meters/): MPEC's
 * "Liczniki" (docs/portal.md §8) takes readings of every point with a meter; the Polenergia tenants'
 * "Odczyty" (docs/portal.md §14) only of points the CRM marked `selfReading`, and only inside the
 * point's reading window when it has one.
 */
export type ReadingModule = "meters" | "readings";

export const readingModuleRoutes: Record<ReadingModule, string> = { meters: "/liczniki", readings: "/odczyty" };

/** Does this screen take readings of the point? Otherwise the point is not found there (404). */
export function takesReadings(point: CustomerPoint, module: ReadingModule): boolean {
  return module === "meters" ? point.meterNumber !== null : point.selfReading;
}

/** The window the screen enforces: none on MPEC's Liczniki. */
export function enforcedWindow(point: CustomerPoint, module: ReadingModule): ReadingWindow | null {
  return module === "readings" ? readingWindowOf(point) : null;
}
