import { describe, expect, it } from "vitest";
import { tenantById } from "@/lib/tenant/registry";
import { headerNavigation, homeRoute, landsWithBalance, moduleLabel, navigation, requireModule } from "@/lib/portal/modules";

const tenant = (id: string) => tenantById(id)!;

describe("portal modules", () => {
  it("MPEC lands on Umowa, which carries Aktualne saldo; Polenergia lands on Pulpit, which has its own", () => {
    expect(homeRoute(tenant("mpec"))).toBe("/umowy");
    expect(landsWithBalance(tenant("mpec"), "contracts")).toBe(true);
    expect(landsWithBalance(tenant("mpec"), "points")).toBe(false);
    for (const id of ["polo", "polsp"]) {
      expect(homeRoute(tenant(id))).toBe("/pulpit");
      expect(landsWithBalance(tenant(id), "contracts")).toBe(false);
    }
  });

  it("MPEC offers Moje dane in its header, keeping its menu names; every tenant offers /moje-dane", () => {
    expect(headerNavigation(tenant("mpec"))).toEqual([{ module: "my-data", label: "Moje dane", href: "/moje-dane" }]);
    expect(navigation(tenant("mpec")).map((item) => item.label)).toEqual(["Umowa", "Punkt odbioru", "Płatności", "Liczniki", "Lista spraw", "Dokumenty"]);
    expect(headerNavigation(tenant("polo"))).toEqual([]);
    for (const id of ["polo", "polsp", "mpec"]) {
      expect(moduleLabel(tenant(id), "my-data")).toBe("Moje dane");
      expect(() => requireModule(tenant(id), "my-data")).not.toThrow();
    }
  });

  it("a module neither in the menu nor in the header is not offered (404)", () => {
    expect(() => requireModule(tenant("mpec"), "invoices")).toThrow();
  });
});
