import { describe, expect, it } from "vitest";
import { normalizeHost, parseTenantHosts, resolveHost, resolveTenant, type HostTable } from "@/lib/tenant/resolve";

const table: HostTable = {
  tenants: new Map([
    ["polo.localhost", "polo"],
    ["polsp.localhost", "polsp"],
    ["ebok.example.pl", "mpec"],
  ]),
  adminHosts: new Set(["admin.localhost"]),
  indexHosts: new Set(["localhost", "127.0.0.1"]),
};

describe("normalizeHost", () => {
  it.each([
    ["polo.localhost", "polo.localhost"],
    ["polo.localhost:3000", "polo.localhost"],
    ["POLO.LocalHost:3000", "polo.localhost"],
    ["www.polo.localhost", "polo.localhost"],
    ["WWW.polo.localhost:443", "polo.localhost"],
    ["polo.localhost.", "polo.localhost"],
    ["polo.localhost.:3000", "polo.localhost"],
    ["  polo.localhost  ", "polo.localhost"],
    ["[::1]:3000", "[::1]"],
    ["[::1]", "[::1]"],
    ["[2001:db8::1]:8080", "[2001:db8::1]"],
    ["polo.localhost, evil.example", "polo.localhost"],
  ])("%j → %j", (raw, expected) => {
    expect(normalizeHost(raw)).toBe(expected);
  });

  it.each([null, undefined, "", "[::1", "polo localhost", "pólo.localhost", "polo.localhost/x", "user@polo.localhost"])("rejects %j", (raw) => {
    expect(normalizeHost(raw)).toBe("");
  });
});

describe("resolveHost", () => {
  it("finds the tenant whatever the port, case, www. or trailing dot", () => {
    for (const raw of ["polo.localhost", "polo.localhost:3000", "Polo.Localhost:3100", "www.polo.localhost", "polo.localhost."]) {
      expect(resolveHost(raw, table)).toEqual({ kind: "tenant", tenantId: "polo" });
    }
    expect(resolveTenant("EBOK.example.pl:443", table)).toBe("mpec");
  });

  it("takes the first entry of an x-forwarded-host list", () => {
    expect(resolveTenant("polsp.localhost:3000, polo.localhost", table)).toBe("polsp");
    expect(resolveTenant("unknown.example, polo.localhost", table)).toBeNull();
  });

  it("knows the back-office and index hosts, and they are not tenants", () => {
    expect(resolveHost("admin.localhost:3000", table)).toEqual({ kind: "admin" });
    expect(resolveHost("localhost:3000", table)).toEqual({ kind: "index" });
    expect(resolveHost("127.0.0.1:3100", table)).toEqual({ kind: "index" });
    expect(resolveTenant("admin.localhost", table)).toBeNull();
    expect(resolveTenant("localhost", table)).toBeNull();
  });

  it("never guesses a tenant for an unknown host", () => {
    for (const raw of ["unknown.localhost", "polo.localhost.evil.example", "evilpolo.localhost", "polo", "[::1]:3000", "", null, undefined]) {
      expect(resolveHost(raw, table)).toBeNull();
    }
  });
});

describe("parseTenantHosts", () => {
  it("reads id=host|host pairs, normalised", () => {
    const parsed = parseTenantHosts("polo=ebok.polo.example|WWW.Polo.example:443, polsp=polsp.example");
    expect(parsed).toEqual(
      new Map([
        ["polo", ["ebok.polo.example", "polo.example"]],
        ["polsp", ["polsp.example"]],
      ]),
    );
  });

  it("is empty when unset", () => {
    expect(parseTenantHosts(undefined).size).toBe(0);
    expect(parseTenantHosts("").size).toBe(0);
  });

  it("rejects entries without id or host", () => {
    expect(() => parseTenantHosts("polo")).toThrow(/not id=host/);
    expect(() => parseTenantHosts("=polo.example")).toThrow(/not id=host/);
    expect(() => parseTenantHosts("polo=")).toThrow(/no host/);
  });
});
