import type { DocumentStatus } from "@/lib/billing/allocation";

/** The customer's words for each kind and status (docs/portal.md §3). */
export const kindLabels = { invoice: "Faktura", correction: "Faktura korygująca", interest_note: "Nota odsetkowa" } as const;
export type DocumentKind = keyof typeof kindLabels;

export const statusLabels: Record<DocumentStatus, string> = { paid: "Zapłacona", unpaid: "Do zapłaty", overdue: "Po terminie" };

/** A correction that lowers the amount is settled, not "paid" — it asked for no payment. */
export function statusLabel(status: DocumentStatus, gross: number): string {
  return gross <= 0 ? "Rozliczona" : statusLabels[status];
}
