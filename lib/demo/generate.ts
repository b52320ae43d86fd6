import type { Tenant } from "@/lib/tenant/schema";
import { warsawDate } from "@/lib/format";
import { now } from "@/lib/clock";
import { monthsBefore } from "@/lib/demo/dates";
import { demoCustomerRecords, type DemoContext } from "@/lib/demo/customer";
import { demoProfile } from "@/lib/demo/profiles";

/**
 * Demo data for one tenant as JSON Lines, generated customer by customer: memory stays at one
 * customer's records whatever the count. Same options → byte-identical output.
 */

export type DemoOptions = {
  customers: number;
  /** "YYYY-MM-DD"; invoices run to the month before it. Defaults to today in Warsaw. */
  today?: string;
  seed?: string;
  /** Months of invoices, consumption and readings (≥ 24). */
  months?: number;
};

export const DEFAULT_DEMO_MONTHS = 27;

export function demoContext(tenant: Tenant, options: DemoOptions): DemoContext {
  const today = options.today ?? warsawDate(now());
  return {
    tenant,
    profile: demoProfile(tenant.id),
    today,
    seed: options.seed ?? "mojbok-demo",
    months: monthsBefore(today, Math.max(24, options.months ?? DEFAULT_DEMO_MONTHS)),
  };
}

/** Lines (each ending in "\n"), grouped per customer. */
export function* demoJsonLines(tenant: Tenant, options: DemoOptions): Generator<string> {
  const ctx = demoContext(tenant, options);
  for (let i = 0; i < options.customers; i++) {
    let chunk = "";
    for (const record of demoCustomerRecords(ctx, i)) chunk += `${JSON.stringify(record)}\n`;
    yield chunk;
  }
}

/** The same as an async source for importJsonLines, in chunks of about 256 KB. */
export async function* demoImportSource(tenant: Tenant, options: DemoOptions): AsyncGenerator<string> {
  let buffer = "";
  for (const chunk of demoJsonLines(tenant, options)) {
    buffer += chunk;
    if (buffer.length >= 256 * 1024) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}
