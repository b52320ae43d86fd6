import { afterEach, describe, expect, it, vi } from "vitest";
import { parseEnv } from "@/lib/env";
import { isLoopbackHost, testSwitchProblems } from "@/lib/startup/test-switches";
import { productionEnv, TEST_AUTH_SECRET as secret, TEST_STAFF_TOTP_KEY } from "@/tests/helpers/production-env";

describe("parseEnv", () => {
  it("S25 production without AUTH_SECRET refuses to start", () => {
    expect(() => parseEnv({ NODE_ENV: "production", TENANT_HOSTS: "polo=ebok.example.pl" })).toThrow(/AUTH_SECRET/);
  });

  it("S25 production with a short AUTH_SECRET refuses to start", () => {
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "short", TENANT_HOSTS: "polo=ebok.example.pl" })).toThrow(/AUTH_SECRET/);
  });

  it("production without TENANT_HOSTS refuses to start", () => {
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, STAFF_TOTP_KEY: TEST_STAFF_TOTP_KEY })).toThrow(/TENANT_HOSTS/);
  });

  it("production with its secrets starts", () => {
    const env = parseEnv({ ...productionEnv, PUBLIC_PORT: "3100" });
    expect(env.NODE_ENV).toBe("production");
    expect(env.PUBLIC_PORT).toBe(3100);
  });

  it("development needs no secrets and defaults to the embedded database", () => {
    const env = parseEnv({});
    expect(env.NODE_ENV).toBe("development");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe(".data/pglite");
  });

  it("S29: production refuses an AUTH_SECRET of too few different characters, and says so", () => {
    for (const weak of ["s".repeat(48), "ab".repeat(24), "0123456789abcde".repeat(3)]) {
      expect(() => parseEnv({ ...productionEnv, AUTH_SECRET: weak })).toThrow(/AUTH_SECRET has too little entropy/);
    }
    expect(parseEnv({ ...productionEnv, AUTH_SECRET: "0123456789abcdef".repeat(2) }).AUTH_SECRET).toHaveLength(32);
  });

  it("S29: production refuses DEV_TOOLS=1 when any tenant or back-office host is public", () => {
    expect(() => parseEnv({ ...productionEnv, DEV_TOOLS: "1" })).toThrow(/DEV_TOOLS: DEV_TOOLS=1 is for end-to-end tests on loopback hosts.*ebok\.example\.pl/);
    const local = { ...productionEnv, TENANT_HOSTS: "polo=polo.localhost,mpec=mpec.localhost|127.0.0.1", ADMIN_HOSTS: "admin.localhost" };
    expect(parseEnv({ ...local, DEV_TOOLS: "1" }).DEV_TOOLS).toBe("1");
    expect(() => parseEnv({ ...local, DEV_TOOLS: "1", ADMIN_HOSTS: "admin.localhost,konsola.mojbok.example" })).toThrow(/DEV_TOOLS.*konsola\.mojbok\.example/);
    expect(() => parseEnv({ ...local, DEV_TOOLS: "1", TENANT_HOSTS: "polo=polo.localhost|ebok.polo.example" })).toThrow(/DEV_TOOLS.*ebok\.polo\.example/);
  });

  it("S29: production refuses P24_SANDBOX=1 when any host is public, even with DEV_TOOLS=1", () => {
    expect(() => parseEnv({ ...productionEnv, P24_SANDBOX: "1", DEV_TOOLS: "1" })).toThrow(
      /P24_SANDBOX: P24_SANDBOX=1 is for end-to-end tests on loopback hosts/,
    );
    expect(parseEnv({ ...productionEnv, TENANT_HOSTS: "polo=polo.localhost", P24_SANDBOX: "1", DEV_TOOLS: "1" }).P24_SANDBOX).toBe("1");
  });

  it("S30: production refuses to start without STAFF_TOTP_KEY, or with one that is not 32 bytes", () => {
    const { STAFF_TOTP_KEY: _, ...withoutKey } = productionEnv;
    expect(() => parseEnv(withoutKey)).toThrow(/STAFF_TOTP_KEY .*required in production/);
    for (const bad of ["short", "a".repeat(64).replace(/^a/, "g"), Buffer.alloc(16, 7).toString("base64")]) {
      expect(() => parseEnv({ ...productionEnv, STAFF_TOTP_KEY: bad })).toThrow(/STAFF_TOTP_KEY: must be 32 random bytes/);
      expect(() => parseEnv({ STAFF_TOTP_KEY_PREVIOUS: bad })).toThrow(/STAFF_TOTP_KEY_PREVIOUS/);
    }
    expect(parseEnv({ ...productionEnv, STAFF_TOTP_KEY: "ab".repeat(32) }).STAFF_TOTP_KEY).toBe("ab".repeat(32));
    expect(parseEnv({}).STAFF_TOTP_KEY).toBeUndefined();
  });

  it("rejects malformed values", () => {
    expect(() => parseEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ DEV_TOOLS: "yes" })).toThrow(/DEV_TOOLS/);
  });
});

describe("S29: test switches and public hosts", () => {
  it("loopback hosts: localhost, *.localhost, 127.0.0.0/8, ::1 — with or without a port", () => {
    for (const host of ["localhost", "polo.localhost", "ADMIN.localhost:3100", "127.0.0.1", "127.1.2.3:80", "[::1]:3000"])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ["ebok.example.pl", "localhost.example.pl", "mylocalhost", "10.0.0.1", "127.0.0.1.nip.io", "0.0.0.0", ""])
      expect(isLoopbackHost(host), host).toBe(false);
  });

  it("names every public host and every switch that is on", () => {
    expect(testSwitchProblems({ DEV_TOOLS: "1", P24_SANDBOX: "1" }, ["polo.localhost", "a.example", "b.example"]).map((p) => p.variable)).toEqual([
      "DEV_TOOLS",
      "P24_SANDBOX",
    ]);
    expect(testSwitchProblems({ DEV_TOOLS: "1" }, ["a.example", "b.example"])[0]!.message).toContain("a.example, b.example");
    expect(testSwitchProblems({ DEV_TOOLS: "0", P24_SANDBOX: undefined }, ["a.example"])).toEqual([]);
    expect(testSwitchProblems({ DEV_TOOLS: "1" }, ["polo.localhost", "127.0.0.1"])).toEqual([]);
  });
});

describe("devToolsEnabled", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function load(vars: Record<string, string | undefined>) {
    for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
    vi.resetModules();
    return import("@/lib/env");
  }

  const production = { ...productionEnv, TENANT_HOSTS: "polo=polo.localhost" };

  it("is on outside production", async () => {
    expect((await load({ NODE_ENV: "development", DEV_TOOLS: undefined })).devToolsEnabled()).toBe(true);
  });

  it("is off in production unless DEV_TOOLS=1", async () => {
    expect((await load({ ...production, DEV_TOOLS: undefined })).devToolsEnabled()).toBe(false);
    expect((await load({ ...production, DEV_TOOLS: "0" })).devToolsEnabled()).toBe(false);
    expect((await load({ ...production, DEV_TOOLS: "1" })).devToolsEnabled()).toBe(true);
  });
});
