import { afterEach, describe, expect, it, vi } from "vitest";
import { loadTenants } from "@/lib/tenant/registry";
import { tenantModules } from "@/tenants/index.generated";
import { productionEnv } from "@/tests/helpers/production-env";

/**
 * The start-up check as instrumentation.ts runs it: a refused configuration ends the process with
 * exit code 1 and one clear line per reason on stderr (S25, S29).
 */
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const tenants = [...loadTenants(tenantModules).values()];
/** What scripts/e2e-server.ts sets: every host is *.localhost. */
const e2e = {
  ...productionEnv,
  TENANT_HOSTS: tenants.map((t) => `${t.id}=${t.hosts.development.join("|")}`).join(","),
  ADMIN_HOSTS: "admin.localhost",
  DEV_TOOLS: "1",
  P24_SANDBOX: "1",
  P24_BASE_URL: "http://127.0.0.1:3201",
};

async function start(vars: Record<string, string | undefined>): Promise<{ exitCode: number | undefined; errors: string; warnings: string }> {
  for (const name of ["DEV_TOOLS", "P24_SANDBOX", "ADMIN_HOSTS", "STAFF_TOTP_KEY_PREVIOUS", "RESEND_API_KEY"]) vi.stubEnv(name, undefined);
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  vi.resetModules();
  const { validateConfigurationOrExit } = await import("@/lib/startup/validate");
  let exitCode: number | undefined;
  const exit = vi.spyOn(process, "exit").mockImplementation(((code?: number) => {
    exitCode = code;
    return undefined as never;
  }) as typeof process.exit);
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  validateConfigurationOrExit();
  const result = { exitCode, errors: error.mock.calls.flat().join("\n"), warnings: warn.mock.calls.flat().join("\n") };
  exit.mockRestore();
  error.mockRestore();
  warn.mockRestore();
  return result;
}

describe("S29: a production start refuses test switches on public hosts and a weak AUTH_SECRET", () => {
  it("S29: the e2e configuration (DEV_TOOLS=1, P24_SANDBOX=1, only *.localhost hosts) starts", async () => {
    const result = await start(e2e);
    expect(result.exitCode).toBeUndefined();
    expect(result.warnings).toMatch(/P24_SANDBOX=1/);
  });

  it("S29: DEV_TOOLS=1 with a public tenant host → exit 1 with a clear message", async () => {
    const result = await start({ ...e2e, TENANT_HOSTS: `${e2e.TENANT_HOSTS.replace("polo=polo.localhost", "polo=ebok.polenergia.example")}` });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toContain(
      "DEV_TOOLS=1 is for end-to-end tests on loopback hosts (localhost, *.localhost, 127.0.0.1) only; refusing to start with the public host(s) ebok.polenergia.example",
    );
    expect(result.errors).toContain("P24_SANDBOX=1 is for end-to-end tests on loopback hosts");
  });

  it("S29: P24_SANDBOX=1 with a public back-office host → exit 1", async () => {
    const result = await start({ ...e2e, ADMIN_HOSTS: "admin.localhost,konsola.mojbok.example" });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toMatch(/P24_SANDBOX: .*konsola\.mojbok\.example/);
  });

  it("S29: a low-entropy AUTH_SECRET → exit 1 with a clear message", async () => {
    const result = await start({ ...productionEnv, AUTH_SECRET: "abcd".repeat(12) });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toContain("AUTH_SECRET has too little entropy (4 different characters, at least 16)");
  });
});
