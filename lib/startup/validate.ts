import { env } from "@/lib/env";
import { paymentWarnings } from "@/lib/payments/startup-warnings";
import { allTenants } from "@/lib/tenant/registry";

/** Start-up check (S25): a server with an invalid configuration stops at once and says why. */
export function validateConfigurationOrExit(): void {
  try {
    env();
    for (const warning of paymentWarnings(allTenants())) console.warn(`[config] ${warning}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
