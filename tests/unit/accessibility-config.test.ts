import { describe, expect, it } from "vitest";
import { tenantSchema } from "@/lib/tenant/schema";
import polo from "@/tenants/polo";
import polsp from "@/tenants/polsp";
import mpec from "@/tenants/mpec";

/** The accessibility statement's data in the tenant files (docs/portal.md §16, docs/tenants.md §3). */
describe("accessibility statement data", () => {
  it.each([polo, polsp, mpec])("$id has a statement that names its shortcomings and a contact", (tenant) => {
    const { accessibility } = tenantSchema.parse(tenant);
    expect(accessibility.status).toBe("partial");
    expect(accessibility.shortcomings.some((s) => s.includes("PDF/UA"))).toBe(true);
    expect(accessibility.contact.email).toContain("@");
  });

  it("only the seller with a customer office describes its physical accessibility", () => {
    expect(tenantSchema.parse(mpec).accessibility.office?.address).toBe("ul. Ciepłownicza 1, 39-300 Mielec");
    expect(tenantSchema.parse(polo).accessibility.office).toBeUndefined();
  });

  it("refuses a partly compliant site without shortcomings, a compliant one with them, and dates out of order", () => {
    const a = polo.accessibility;
    const parse = (accessibility: typeof a) => tenantSchema.safeParse({ ...polo, accessibility }).success;
    expect(parse(a)).toBe(true);
    expect(parse({ ...a, shortcomings: [] })).toBe(false);
    expect(parse({ ...a, status: "full" })).toBe(false);
    expect(parse({ ...a, status: "full", shortcomings: [] })).toBe(true);
    expect(parse({ ...a, reviewedOn: "2026-01-01" })).toBe(false);
    expect(parse({ ...a, updatedOn: "2020-01-01" })).toBe(false);
    expect(parse({ ...a, office: { address: "ul. Krucza 24/26, 00-526 Warszawa", description: [] } })).toBe(false);
  });
});
