import { describe, expect, it } from "vitest";
import { tenantModules } from "@/tenants/index.generated";
import polo from "@/tenants/polo";
import mpec from "@/tenants/mpec";
import { buildHostTable, loadTenants } from "@/lib/tenant/registry";
import { resolveHost, resolveTenant } from "@/lib/tenant/resolve";
import { tenantSchema, type TenantInput } from "@/lib/tenant/schema";

const tenants = () => loadTenants(tenantModules);

describe("tenant files", () => {
  it("all three validate", () => {
    expect([...tenants().keys()].sort()).toEqual(["mpec", "polo", "polsp"]);
  });

  it("carry the contacts of the documents", () => {
    const all = tenants();
    expect(all.get("polo")?.contacts).toMatchObject({
      phone: "+48 718 898 888",
      emailIndividual: "cok@polenergia.pl",
      emailBusiness: "bok.obrot@polenergia.pl",
    });
    expect(all.get("polsp")?.contacts).toMatchObject({
      phone: "+48 718 898 888",
      emailIndividual: "cok@polenergia-sprzedaz.pl",
      emailBusiness: "bok@polenergia-sprzedaz.pl",
    });
    expect(all.get("polo")?.names.product).toBe("mojBOK POLO");
    expect(all.get("polsp")?.names.product).toBe("mojBOK POLSp");
    expect(all.get("mpec")?.names.product).toBe("eBOK");
  });

  it("rejects a config without contacts", () => {
    const { contacts: _contacts, ...withoutContacts } = polo;
    expect(tenantSchema.safeParse(withoutContacts).success).toBe(false);
    expect(() => loadTenants([withoutContacts])).toThrow(/contacts/);
  });

  it("rejects a bad colour", () => {
    const bad = { ...polo, brand: { ...polo.brand, primary: "blue" } };
    expect(() => loadTenants([bad])).toThrow(/brand\.primary: colour must be #rrggbb/);
    expect(() => loadTenants([{ ...polo, brand: { ...polo.brand, text: "#12345" } }])).toThrow(/brand\.text/);
  });

  it("rejects unknown fields and a tenant defined twice", () => {
    expect(() => loadTenants([{ ...polo, theme: "dark" }])).toThrow(/invalid/);
    expect(() => loadTenants([polo, polo])).toThrow(/defined twice/);
  });
});

describe("a fourth tenant", () => {
  const fourth: TenantInput = {
    ...mpec,
    id: "zec",
    hosts: { development: ["zec.localhost"], production: ["ebok.zec.example"] },
    names: { legal: "Zakład Energetyki Cieplnej Sp. z o.o.", short: "ZEC", product: "eBOK ZEC", portalHeading: "eBOK" },
  };

  it("validates and resolves by its host with no other change", () => {
    const all = loadTenants([...tenantModules, fourth]);
    expect(all.get("zec")?.names.product).toBe("eBOK ZEC");

    const development = buildHostTable(all, { production: false });
    expect(resolveTenant("zec.localhost:3000", development)).toBe("zec");
    expect(resolveTenant("polo.localhost:3000", development)).toBe("polo");

    const production = buildHostTable(all, { production: true });
    expect(resolveTenant("ebok.zec.example", production)).toBe("zec");
    expect(resolveTenant("zec.localhost", production)).toBeNull();
  });
});

describe("buildHostTable", () => {
  it("in development serves every tenant's development hosts, admin.localhost and the index", () => {
    const table = buildHostTable(tenants(), { production: false });
    expect(resolveTenant("polo.localhost", table)).toBe("polo");
    expect(resolveTenant("polsp.localhost", table)).toBe("polsp");
    expect(resolveTenant("mpec.localhost", table)).toBe("mpec");
    expect(resolveHost("admin.localhost", table)).toEqual({ kind: "admin" });
    expect(resolveHost("localhost:3000", table)).toEqual({ kind: "index" });
  });

  it("in production uses TENANT_HOSTS only: no development hosts, no index, no default admin host", () => {
    const table = buildHostTable(tenants(), { production: true, tenantHosts: "polo=ebok.polo.example,polsp=ebok.polsp.example|polsp.example" });
    expect(resolveTenant("ebok.polo.example", table)).toBe("polo");
    expect(resolveTenant("www.polsp.example:443", table)).toBe("polsp");
    for (const host of ["polo.localhost", "polsp.localhost", "mpec.localhost", "admin.localhost", "localhost", "127.0.0.1"]) {
      expect(resolveHost(host, table), host).toBeNull();
    }
  });

  it("in production serves the index only when asked (DEV_TOOLS=1 for e2e tests)", () => {
    const table = buildHostTable(tenants(), { production: true, tenantHosts: "polo=polo.localhost", adminHosts: "admin.localhost", indexHosts: true });
    expect(resolveHost("localhost:3100", table)).toEqual({ kind: "index" });
    expect(resolveHost("admin.localhost", table)).toEqual({ kind: "admin" });
    expect(resolveTenant("polo.localhost", table)).toBe("polo");
  });

  it("throws when a host is claimed by two tenants", () => {
    expect(() => buildHostTable(tenants(), { production: true, tenantHosts: "polo=ebok.example.pl,polsp=EBOK.example.pl" })).toThrow(
      /claimed by tenants polo and polsp/,
    );
    expect(() => buildHostTable(tenants(), { production: false, tenantHosts: "polsp=polo.localhost" })).toThrow(/claimed/);
  });

  it("throws on an unknown tenant id in TENANT_HOSTS", () => {
    expect(() => buildHostTable(tenants(), { production: true, tenantHosts: "polo=a.example,tauron=b.example" })).toThrow(/unknown tenant "tauron"/);
  });
});
