import { afterEach, describe, expect, it } from "vitest";
import { maxAttempts, retryDelayMs, retryDelaysSeconds } from "@/lib/email/backoff";
import { tenantUrl } from "@/lib/email/urls";
import { requireTenantById } from "@/lib/tenant/registry";
import { resetEnvCache } from "@/lib/env";
import { productionEnv } from "@/tests/helpers/production-env";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

describe("retry schedule", () => {
  it("grows 10 s, 30 s, 2 min, 10 min, 30 min, 2 h, 6 h and dead-letters after 8 tries", () => {
    expect(retryDelaysSeconds).toEqual([10, 30, 120, 600, 1800, 7200, 21600]);
    expect(maxAttempts).toBe(8);
    expect(retryDelayMs(1, () => 0)).toBe(10_000);
    expect(retryDelayMs(3, () => 0)).toBe(120_000);
    expect(retryDelayMs(99, () => 0)).toBe(21_600_000);
  });

  it("adds at most 20 % jitter", () => {
    expect(retryDelayMs(2, () => 0.999)).toBeLessThanOrEqual(36_000);
    expect(retryDelayMs(2, () => 0.5)).toBe(33_000);
  });
});

describe("tenantUrl", () => {
  const polo = requireTenantById("polo");

  it("outside production: http, the tenant's host, PUBLIC_PORT ?? PORT ?? 3000", () => {
    delete process.env.PUBLIC_PORT;
    delete process.env.PORT;
    resetEnvCache();
    expect(tenantUrl(polo, "/aktywacja/x")).toBe("http://polo.localhost:3000/aktywacja/x");
    process.env.PORT = "3100";
    expect(tenantUrl(polo, "/")).toBe("http://polo.localhost:3100/");
    process.env.PUBLIC_PORT = "8080";
    resetEnvCache();
    expect(tenantUrl(polo, "/")).toBe("http://polo.localhost:8080/");
  });

  it("in production: https without a port", () => {
    Object.assign(process.env, { ...productionEnv, TENANT_HOSTS: "polo=ebok.polo.example", PORT: "3000" });
    resetEnvCache();
    expect(tenantUrl(polo, "/faktury")).toMatch(/^https:\/\/[a-z0-9.-]+\/faktury$/);
  });
});
