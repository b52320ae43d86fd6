import { warsawDate } from "@/lib/format";

/**
 * A reading the customer sent in the portal may be corrected (replaced) or withdrawn on the day it was
 * sent (Warsaw), while it is live (not withdrawn or replaced already) and until the CRM has exported
 * it: until a GET /api/export answer first contained its `reading.submitted` event (export_events.
 * exported_at, set by lib/export/export-events.ts before the answer goes out). From then on the CRM
 * may have booked it, so only the office can change it.
 */
export type CorrectableReading = { submittedAt: Date | null; withdrawnAt: Date | null; exportedAt: Date | null };

export const CORRECTION_MESSAGES = {
  gone: "Ten odczyt został już poprawiony lub wycofany, np. w innej karcie. Odśwież stronę, aby zobaczyć aktualne odczyty.",
  exported: "Tego odczytu nie można już zmienić: został przekazany do rozliczenia.",
  notToday: "Poprawić lub wycofać można tylko odczyt podany dzisiaj.",
} as const;

/** Why the reading cannot be changed any more, or null when it can. */
export function correctionRefusal(reading: CorrectableReading, at: Date): string | null {
  if (!reading.submittedAt) return CORRECTION_MESSAGES.notToday;
  if (reading.withdrawnAt) return CORRECTION_MESSAGES.gone;
  if (reading.exportedAt) return CORRECTION_MESSAGES.exported;
  if (warsawDate(reading.submittedAt) !== warsawDate(at)) return CORRECTION_MESSAGES.notToday;
  return null;
}

export const isCorrectable = (reading: CorrectableReading, at: Date) => correctionRefusal(reading, at) === null;
