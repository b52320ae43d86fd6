import { spawn } from "node:child_process";
import path from "node:path";
import { test, expect } from "@playwright/test";

/**
 * S25: secrets only from the environment, validated at start-up. The production build that the e2e
 * server made is started again without AUTH_SECRET: it must exit with an error instead of serving.
 */
function startWithout(variable: string): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    AUTH_SECRET: "x".repeat(48),
    TENANT_HOSTS: "polo=polo.localhost",
    DATABASE_URL: "postgres://postgres@127.0.0.1:5432/postgres",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env[variable];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", "3199"], { env });
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
  const { code, output } = await startWithout("AUTH_SECRET");
  expect(code).not.toBe(0);
  expect(code).not.toBeNull();
  expect(output).toContain("AUTH_SECRET");
});
