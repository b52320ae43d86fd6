import type { DocumentStatus } from "@/lib/billing/allocation";

/** An open document as the allocation left it: what is still due on it, and whether it is overdue. */
export type OpenDocument = { id: string; number: string; remaining: number; dueDate: string; status: DocumentStatus };

/**
 * "Najbliższa płatność": everything overdue as one figure (how many documents it is), and the next
 * amount falling due — every document due on the earliest date still ahead, summed. `number` is given
 * when that date has one document only. Null when nothing is left to pay.
 */
export type NextPayment = {
  overdue: { amount: number; count: number };
  upcoming: { amount: number; dueDate: string; count: number; number: string | null } | null;
};

export function summarizeOpen(open: OpenDocument[]): NextPayment | null {
  const due = open.filter((d) => d.remaining > 0);
  if (due.length === 0) return null;
  const late = due.filter((d) => d.status === "overdue");
  const ahead = due.filter((d) => d.status !== "overdue");
  const nextDate = ahead.reduce<string | null>((min, d) => (min === null || d.dueDate < min ? d.dueDate : min), null);
  const onDate = ahead.filter((d) => d.dueDate === nextDate);
  return {
    overdue: { amount: late.reduce((sum, d) => sum + d.remaining, 0), count: late.length },
    upcoming:
      nextDate === null
        ? null
        : {
            amount: onDate.reduce((sum, d) => sum + d.remaining, 0),
            dueDate: nextDate,
            count: onDate.length,
            number: onDate.length === 1 ? onDate[0]!.number : null,
          },
  };
}
