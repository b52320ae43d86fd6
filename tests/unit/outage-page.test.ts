import { describe, expect, it } from "vitest";
import { outagePageHtml } from "@/lib/ops/outage-page";
import { requireTenantById } from "@/lib/tenant/registry";

describe("outage page (503 while the database is away)", () => {
  it("is Polish, in the tenant's colours, with its wordmark, phone and the style's nonce", () => {
    const polo = requireTenantById("polo");
    const html = outagePageHtml(polo, "bm9uY2U=", 10);
    expect(html).toContain('<html lang="pl">');
    expect(html).toContain("Serwis chwilowo niedostępny");
    expect(html).toContain(polo.brand.primary);
    expect(html).toContain(polo.contacts.phone);
    expect(html).toContain('<style nonce="bm9uY2U=">');
    expect(html).toContain('content="10"');
  });

  it("names no seller for an unknown host", () => {
    const html = outagePageHtml(undefined, "n", 10);
    expect(html).toContain("Serwis chwilowo niedostępny");
    for (const id of ["polo", "polsp", "mpec"]) expect(html).not.toContain(requireTenantById(id).names.short);
  });
});
