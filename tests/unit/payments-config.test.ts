import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { parseEnv } from "@/lib/env";
import { credentialState, przelewy24Config, SECURE_BASE_URL } from "@/lib/payments/config";
import { sandboxMerchantId, sandboxSecrets } from "@/lib/payments/sandbox-credentials";
import { paymentWarnings } from "@/lib/payments/startup-warnings";
import { splitPayment } from "@/lib/payments/records";
import { productionEnv } from "@/tests/helpers/production-env";

const own = { P24_POLO_MERCHANT_ID: "123456", P24_POLO_POS_ID: "123457", P24_POLO_API_KEY: "key", P24_POLO_CRC: "crc" };
const billingTenant = { id: "polo", navigation: [{ module: "invoices" }] };

function setEnv(values: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
  resetEnvCache();
}

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});

describe("Przelewy24 configuration per tenant", () => {
  it("outside production a tenant without credentials pays through the local sandbox", () => {
    setEnv({ NODE_ENV: "test", P24_BASE_URL: undefined, GATEWAY_SANDBOX_PORT: "3299" });
    const merchantId = sandboxMerchantId("polo");
    expect(przelewy24Config("polo", {})).toEqual({ merchantId, posId: merchantId, ...sandboxSecrets(merchantId), baseUrl: "http://127.0.0.1:3299" });
    expect(sandboxMerchantId("polsp")).not.toBe(merchantId);
  });

  it("a tenant's own credentials win, with P24_BASE_URL", () => {
    setEnv({ ...productionEnv, P24_BASE_URL: "https://sandbox.przelewy24.pl" });
    expect(przelewy24Config("polo", own)).toEqual({ merchantId: 123456, posId: 123457, apiKey: "key", crc: "crc", baseUrl: "https://sandbox.przelewy24.pl" });
  });

  it("production: the secure gateway by default; no or incomplete credentials → no online payment, with a warning", () => {
    setEnv({ ...productionEnv, P24_BASE_URL: undefined, P24_SANDBOX: undefined });
    expect(przelewy24Config("polo", own)?.baseUrl).toBe(SECURE_BASE_URL);
    expect(przelewy24Config("polo", {})).toBeNull();
    expect(przelewy24Config("polo", { ...own, P24_POLO_MERCHANT_ID: "abc" })).toBeNull();
    expect(credentialState("polo", { P24_POLO_API_KEY: "key" })).toBe("partial");
    expect(credentialState("polo", own)).toBe("complete");
    expect(credentialState("polo", {})).toBe("none");
    expect(paymentWarnings([billingTenant]).join("\n")).toContain("P24_POLO_MERCHANT_ID");
    expect(paymentWarnings([{ id: "polo", navigation: [{ module: "contracts" }] }])).toEqual([]);
  });

  it("P24_SANDBOX=1 (e2e) lets a production build use the sandbox, and says so at start", () => {
    setEnv({ ...productionEnv, TENANT_HOSTS: "polo=polo.localhost", P24_SANDBOX: "1", DEV_TOOLS: "1", P24_BASE_URL: "http://127.0.0.1:3201" });
    expect(przelewy24Config("polo", {})?.merchantId).toBe(sandboxMerchantId("polo"));
    expect(paymentWarnings([billingTenant]).join("\n")).toMatch(/P24_SANDBOX=1/);
  });

  it("a production build refuses to start with P24_SANDBOX=1 unless it is an e2e build (DEV_TOOLS=1)", () => {
    expect(() => parseEnv({ ...productionEnv, TENANT_HOSTS: "polo=polo.localhost", P24_SANDBOX: "1" })).toThrow(
      /P24_SANDBOX=1 is for end-to-end tests only \(with DEV_TOOLS=1\)/,
    );
  });

  it("real credentials without P24_BASE_URL go to Przelewy24 itself in production, never to the sandbox", () => {
    setEnv({ ...productionEnv, TENANT_HOSTS: "polo=polo.localhost", P24_SANDBOX: "1", DEV_TOOLS: "1", P24_BASE_URL: undefined });
    expect(przelewy24Config("polo", own)?.baseUrl).toBe(SECURE_BASE_URL);
  });
});

describe("a paid online payment's allocation", () => {
  it("follows its items, and a remainder joins the pool", () => {
    expect(
      splitPayment("p", 150, [
        { invoiceId: "A", amount: 100 },
        { invoiceId: "B", amount: 30 },
      ]),
    ).toEqual([
      { id: "online:p:0", invoiceId: "A", amount: 100 },
      { id: "online:p:1", invoiceId: "B", amount: 30 },
      { id: "online:p:rest", invoiceId: null, amount: 20 },
    ]);
    expect(splitPayment("p", 50, [{ invoiceId: "A", amount: 100 }])).toEqual([{ id: "online:p:0", invoiceId: "A", amount: 50 }]);
  });
});
