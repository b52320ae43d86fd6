import { env, isProduction } from "@/lib/env";
import { credentialNames, credentialState } from "@/lib/payments/config";

/**
 * Start-up warnings about online payments (never fatal: a tenant without credentials simply
 * offers no online payment). Production only; development uses the local sandbox.
 */
export function paymentWarnings(tenants: { id: string; navigation: { module: string }[] }[]): string[] {
  if (!isProduction()) return [];
  const warnings: string[] = [];
  if (env().P24_SANDBOX === "1")
    warnings.push(
      "P24_SANDBOX=1: tenants without their own Przelewy24 credentials pay through the local sandbox — for e2e tests only, never on a public server.",
    );
  for (const tenant of tenants) {
    if (!tenant.navigation.some((item) => item.module === "invoices" || item.module === "payments")) continue;
    const state = credentialState(tenant.id);
    if (state === "partial")
      warnings.push(
        `Przelewy24 credentials of tenant "${tenant.id}" are incomplete or invalid (${credentialNames(tenant.id).join(", ")}): online payment is off.`,
      );
    else if (state === "none" && env().P24_SANDBOX !== "1")
      warnings.push(`No Przelewy24 credentials for tenant "${tenant.id}" (${credentialNames(tenant.id).join(", ")}): online payment is off.`);
  }
  return warnings;
}
