import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./tests/helpers/chromium";

/**
 * End-to-end tests against a production build (scripts/e2e-server.ts) in Debian's Chromium where it
 * is installed (CI), else in Playwright's own (`npx playwright install chromium`); see
 * tests/helpers/chromium.ts.
 */
const port = process.env.E2E_PORT ?? "3100";

export default defineConfig({
  testDir: "tests/e2e",
  // Not test-results/ itself: Playwright empties its output folder, and the server log lives beside it.
  outputDir: "test-results/playwright",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // One retry in CI, where the 2-core machine runs the whole suite; a retried test is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  // Generous: the 2-core CI machine runs two browsers, the server and PostgreSQL at once.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    locale: "pl-PL",
    timezoneId: "Europe/Warsaw",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: "chromium", testIgnore: /(console-regulations|load-smoke|my-data|meters-export|self-readings-export|log-leaks|session)\.spec\.ts$/ },
    // The session specs move the whole server's clock (/dev/clock) past the idle limit for a moment: a
    // test of another file running then would find its session ended. They run alone, after the rest.
    { name: "clock", testMatch: /session\.spec\.ts$/, dependencies: ["chromium"] },
    // GET /api/export marks what it hands out as exported, which ends "Popraw"/"Wycofaj" of a reading
    // sent today: the specs that pull it run after the rest, so no other test's reading is exported midway.
    { name: "export-pulls", testMatch: /(my-data|meters-export|self-readings-export)\.spec\.ts$/, dependencies: ["clock"] },
    // The load smoke (20 virtual users) runs on its own after the rest, so its load slows no other test.
    { name: "load-smoke", testMatch: /load-smoke\.spec\.ts$/, dependencies: ["export-pulls"] },
    // Publishing a POLSp regulation changes what every POLSp sign-in meets; it runs last, so no other
    // test's customer (nor a virtual user of the load smoke) lands on the acceptance page by surprise.
    { name: "regulations-last", testMatch: /console-regulations\.spec\.ts$/, dependencies: ["load-smoke"] },
    // The server log of the whole run is checked for PESELs, NIPs and passwords once everything else ran.
    { name: "log-last", testMatch: /log-leaks\.spec\.ts$/, dependencies: ["regulations-last"] },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
