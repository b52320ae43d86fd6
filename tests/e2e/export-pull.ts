import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { expect } from "./fixtures";
import { hostOf, type TenantId } from "./factories";
import { e2eOrigin, E2E_PORT } from "./mailbox";

/**
 * Every export line of the tenant, paging with X-Next-Cursor until nothing new comes: what the CRM
 * pulls from GET /api/export (and so marks exported). Specs that call it run in the "export-pulls"
 * project (playwright.config.ts).
 */
export async function pullExport(request: APIRequestContext, tenant: TenantId): Promise<Record<string, unknown>[]> {
  const key = (JSON.parse(readFileSync("test-results/e2e-import-keys.json", "utf8")) as Record<string, string>)[tenant]!;
  const lines: Record<string, unknown>[] = [];
  for (let since = "0"; ;) {
    const response = await request.get(`${e2eOrigin}/api/export?since=${since}`, {
      headers: { Host: `${hostOf(tenant)}:${E2E_PORT}`, Authorization: `Bearer ${key}` },
    });
    expect(response.status()).toBe(200);
    for (const line of (await response.text()).split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
    const next = response.headers()["x-next-cursor"]!;
    if (next === since) return lines;
    since = next;
  }
}
