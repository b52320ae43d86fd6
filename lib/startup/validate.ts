import { env, isProduction } from "@/lib/env";
import { paymentWarnings } from "@/lib/payments/startup-warnings";
import { testSwitchProblems } from "@/lib/startup/test-switches";
import { allTenants, hostTable } from "@/lib/tenant/registry";

/**
 * What stops a start, beyond lib/env.ts: the host table is the whole truth about which hosts this
 * server answers (TENANT_HOSTS plus hosts a tenant file lists for production), so the test switches
 * are checked against it once more (S29). Throws with every reason; returns the warnings.
 */
export function checkConfiguration(): string[] {
  const e = env();
  if (isProduction()) {
    const table = hostTable();
    const problems = testSwitchProblems(e, [...table.tenants.keys(), ...table.adminHosts]);
    if (problems.length) throw new Error(`Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join("\n")}`);
  }
  return paymentWarnings(allTenants());
}

/** Start-up check (S25, S29): a server with an invalid configuration stops at once and says why. */
export function validateConfigurationOrExit(): void {
  try {
    for (const warning of checkConfiguration()) console.warn(`[config] ${warning}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
