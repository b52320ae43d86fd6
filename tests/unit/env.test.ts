import { afterEach, describe, expect, it, vi } from "vitest";
import { parseEnv } from "@/lib/env";

const secret = "s".repeat(48);

describe("parseEnv", () => {
  it("S25 production without AUTH_SECRET refuses to start", () => {
    expect(() => parseEnv({ NODE_ENV: "production", TENANT_HOSTS: "polo=ebok.example.pl" })).toThrow(/AUTH_SECRET/);
  });

  it("S25 production with a short AUTH_SECRET refuses to start", () => {
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "short", TENANT_HOSTS: "polo=ebok.example.pl" })).toThrow(/AUTH_SECRET/);
  });

  it("production without TENANT_HOSTS refuses to start", () => {
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret })).toThrow(/TENANT_HOSTS/);
  });

  it("production with its secrets starts", () => {
    const env = parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, TENANT_HOSTS: "polo=ebok.example.pl", PUBLIC_PORT: "3100" });
    expect(env.NODE_ENV).toBe("production");
    expect(env.PUBLIC_PORT).toBe(3100);
  });

  it("development needs no secrets and defaults to the embedded database", () => {
    const env = parseEnv({});
    expect(env.NODE_ENV).toBe("development");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe(".data/pglite");
  });

  it("rejects malformed values", () => {
    expect(() => parseEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ DEV_TOOLS: "yes" })).toThrow(/DEV_TOOLS/);
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

  const production = { NODE_ENV: "production", AUTH_SECRET: secret, TENANT_HOSTS: "polo=polo.localhost" };

  it("is on outside production", async () => {
    expect((await load({ NODE_ENV: "development", DEV_TOOLS: undefined })).devToolsEnabled()).toBe(true);
  });

  it("is off in production unless DEV_TOOLS=1", async () => {
    expect((await load({ ...production, DEV_TOOLS: undefined })).devToolsEnabled()).toBe(false);
    expect((await load({ ...production, DEV_TOOLS: "0" })).devToolsEnabled()).toBe(false);
    expect((await load({ ...production, DEV_TOOLS: "1" })).devToolsEnabled()).toBe(true);
  });
});
