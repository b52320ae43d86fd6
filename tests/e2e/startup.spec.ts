import { spawn } from "node:child_process";
import path from "node:path";
import { test, expect } from "@playwright/test";
import { TEST_AUTH_SECRET, TEST_STAFF_TOTP_KEY } from "@/tests/helpers/production-env";

/**
 * S25, S29: secrets only from the environment, validated at start-up. The production build that the
 * e2e server made is started again with one thing wrong: it must exit with an error instead of serving.
 * Next binds its port before the check runs, so each test has a port of its own (they run in parallel).
 */
function startWith(changes: Record<string, string | undefined>, port: number): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    AUTH_SECRET: TEST_AUTH_SECRET,
    STAFF_TOTP_KEY: TEST_STAFF_TOTP_KEY,
    TENANT_HOSTS: "polo=polo.localhost",
    DATABASE_URL: "postgres://postgres@127.0.0.1:5432/postgres",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], { env });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 45_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test("S25: a production start without AUTH_SECRET fails and says why", async () => {
  test.setTimeout(60_000);
  const { code, output } = await startWith({ AUTH_SECRET: undefined }, 3199);
  expect(code).not.toBe(0);
  expect(code).not.toBeNull();
  expect(output).toContain("AUTH_SECRET");
});

test("S29: a production start with DEV_TOOLS=1 or P24_SANDBOX=1 next to a public host fails and says why", async () => {
  test.setTimeout(60_000);
  const { code, output } = await startWith({ TENANT_HOSTS: "polo=ebok.polo.example", DEV_TOOLS: "1", P24_SANDBOX: "1" }, 3198);
  expect(code).toBe(1);
  expect(output).toContain(
    "DEV_TOOLS=1 is for end-to-end tests on loopback hosts (localhost, *.localhost, 127.0.0.1) only; refusing to start with the public host(s) ebok.polo.example",
  );
  expect(output).toContain("P24_SANDBOX=1 is for end-to-end tests on loopback hosts");
});

test("S29: a production start with a low-entropy AUTH_SECRET fails and says why", async () => {
  test.setTimeout(60_000);
  const { code, output } = await startWith({ AUTH_SECRET: "ab".repeat(24) }, 3197);
  expect(code).toBe(1);
  expect(output).toContain("AUTH_SECRET has too little entropy");
});
