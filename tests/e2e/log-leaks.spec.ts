import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { demoIdentities } from "@/lib/demo/identities";
import { tenantUrl } from "./fixtures";
import { submitSignIn } from "./sign-in-helpers";
import { createStaffWithCli, fillStaffPassword } from "./staff";
import { demoSecrets, leaksIn } from "./log-leaks";

/**
 * Runs last (playwright.config.ts, project "log-last"): the app's log of the whole run —
 * scripts/e2e-server.ts writes the server's output to test-results/e2e-server.log — holds one JSON
 * line per request, and none of the demo identities' PESELs and NIPs, the demo password or a
 * one-time password handed out here (docs/decisions/0016-logs-and-outages.md). The test first sends each of them
 * through the server itself, so the check does not depend on what the other specs happened to do.
 */
const serverLog = () => readFileSync(path.join(process.cwd(), "test-results", "e2e-server.log"), "utf8");

test("the server log has a line per request and no PESEL, NIP, password or one-time password", async ({ page }) => {
  const answer = await page.goto(tenantUrl("polo", "/"));
  const requestId = answer!.headers()["x-request-id"];
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

  // A PESEL as the login with the demo password: both travel in the sign-in POST.
  const pesel = Object.values(demoIdentities)
    .flat()
    .find((i) => i.pesel)!.pesel!;
  await submitSignIn(page, "polo", pesel, DEMO_PASSWORD);
  // A staff one-time password from the CLI, sent through the console's sign-in form.
  const staff = await createStaffWithCli("admin", ["polo"]);
  await fillStaffPassword(page, staff.email, staff.oneTimePassword);
  await page.waitForLoadState("load");

  // The request line of the first page, with its id, tenant, status and duration.
  await expect.poll(() => serverLog().includes(requestId!), { timeout: 10_000 }).toBe(true);
  const line = serverLog()
    .split("\n")
    .filter((l) => l.startsWith("{") && l.includes(requestId!))
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .find((l) => l.msg === "request");
  expect(line).toMatchObject({ level: "info", reqId: requestId, tenant: "polo", method: "GET", route: "/", status: 200 });
  expect(typeof line!.ms).toBe("number");

  expect(leaksIn(serverLog(), [...demoSecrets(), staff.oneTimePassword, staff.email])).toEqual([]);
});
