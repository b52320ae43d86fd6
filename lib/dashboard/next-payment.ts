import type { CustomerScope } from "@/lib/auth/customer-scope";
import { openDocuments } from "@/lib/billing/documents";
import { summarizeOpen, type NextPayment } from "@/lib/dashboard/payment-summary";

export type { NextPayment } from "@/lib/dashboard/payment-summary";

/**
 * The Pulpit's "Najbliższa płatność" from lib/billing's allocation (payments, corrections and verified
 * online payments already applied), so every amount agrees with Faktury.
 */
export async function nextPayment(scope: CustomerScope, today: string): Promise<NextPayment | null> {
  return summarizeOpen(await openDocuments(scope, today));
}
