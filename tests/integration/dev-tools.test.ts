import { afterEach, describe, expect, it, vi } from "vitest";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { emailOutbox } from "@/db/schema";
import { clockOffsetSeconds, now } from "@/lib/clock";
import { resetEnvCache } from "@/lib/env";
import { sendEmail } from "@/lib/email/send";
import { mailWorkerRunning, startMailWorker, stopMailWorker } from "@/lib/email/runner";
import { devToolsWarning, startEmailOnServer } from "@/lib/email/startup";
import { requireTenantById } from "@/lib/tenant/registry";
import * as mailboxJson from "@/app/dev/mailbox.json/route";
import * as mailboxHtml from "@/app/dev/mailbox/[id]/html/route";
import * as clock from "@/app/dev/clock/route";
import MailboxPage from "@/app/dev/mailbox/page";
import { productionEnv } from "@/tests/helpers/production-env";

const handle = setupTestDb();

const saved = { ...process.env };
function useEnv(values: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
}
afterEach(async () => {
  process.env = { ...saved };
  resetEnvCache();
  await clock.DELETE(new Request("http://localhost/dev/clock", { method: "DELETE" }));
  await stopMailWorker();
});

// Loopback hosts: a production start refuses DEV_TOOLS=1 next to a public host (S29).
const production = { ...productionEnv, TENANT_HOSTS: "polo=polo.localhost", DEV_TOOLS: undefined, RESEND_API_KEY: undefined };
const get = (url: string) => new Request(`http://localhost:3000${url}`);
const jsonPost = (body: unknown) =>
  new Request("http://localhost:3000/dev/clock", { method: "POST", body: JSON.stringify(body), headers: { "Content-Type": "application/json" } });
const params = (id: string) => ({ params: Promise.resolve({ id }) });

describe(`development tools (${testDbKind})`, () => {
  it("mailbox.json lists messages newest first and filters by address case-insensitively", async () => {
    const polo = requireTenantById("polo");
    const mpec = requireTenantById("mpec");
    await sendEmail(handle.db, { tenant: polo, to: "Anna@Example.pl", template: { name: "login-reminder", props: { logins: ["anna"] } } });
    await sendEmail(handle.db, { tenant: mpec, to: "other@example.pl", template: { name: "account-created", props: { login: "100200" } } });
    await sendEmail(handle.db, { tenant: polo, to: "anna@example.pl", template: { name: "password-changed", props: { login: "anna", changedAt: now() } } });

    const all = (await (await mailboxJson.GET(get("/dev/mailbox.json"))).json()) as { subject: string; tenant: string }[];
    expect(all.map((m) => m.subject)).toEqual([
      "Hasło zostało zmienione — mojBOK POLO",
      "Konto w serwisie eBOK zostało utworzone",
      "Przypomnienie loginu — mojBOK POLO",
    ]);

    const response = await mailboxJson.GET(get("/dev/mailbox.json?to=ANNA%40example.pl"));
    expect(response.status).toBe(200);
    const anna = (await response.json()) as Record<string, unknown>[];
    expect(anna).toHaveLength(2);
    expect(Object.keys(anna[0]!).sort()).toEqual(["createdAt", "html", "id", "subject", "tenant", "text", "to"]);
    expect(anna[0]).toMatchObject({ tenant: "polo", to: "anna@example.pl", subject: "Hasło zostało zmienione — mojBOK POLO" });
    expect(anna[1]!.text).toContain("Login: anna");
    expect(Date.parse(anna[0]!.createdAt as string)).toBeGreaterThanOrEqual(Date.parse(anna[1]!.createdAt as string));

    const html = await mailboxHtml.GET(get(`/dev/mailbox/${anna[0]!.id}/html`), params(anna[0]!.id as string));
    expect(html.status).toBe(200);
    expect(html.headers.get("content-security-policy")).toMatch(/^sandbox;.*default-src 'none'/);
    expect(await html.text()).toContain("mojBOK POLO");
    expect((await mailboxHtml.GET(get("/dev/mailbox/nope/html"), params("not-a-uuid"))).status).toBe(404);
  });

  it("the clock route moves, shows and resets the clock offset, and validates its input", async () => {
    const before = Date.now();
    const set = await clock.POST(jsonPost({ offsetSeconds: 3600 }));
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({ offsetSeconds: 3600 });
    expect(now().getTime()).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(await (await clock.GET()).json()).toMatchObject({ offsetSeconds: 3600 });

    for (const bad of [{ offsetSeconds: -1 }, { offsetSeconds: 1.5 }, { offsetSeconds: "60" }, {}]) {
      expect((await clock.POST(jsonPost(bad))).status).toBe(400);
    }
    expect(
      (await clock.POST(new Request("http://localhost/dev/clock", { method: "POST", body: "{oops", headers: { "Content-Type": "application/json" } }))).status,
    ).toBe(400);

    expect(await (await clock.DELETE(new Request("http://localhost/dev/clock", { method: "DELETE" }))).json()).toMatchObject({ offsetSeconds: 0 });
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it("the clock refuses a web page's cross-site request: another Origin, or a body that is not JSON", async () => {
    const fromPage = new Request("http://localhost:3000/dev/clock", {
      method: "POST",
      body: JSON.stringify({ offsetSeconds: 86_400 }),
      headers: { "Content-Type": "text/plain", host: "localhost:3000" },
    });
    expect((await clock.POST(fromPage)).status).toBe(403);
    const otherOrigin = new Request("http://localhost:3000/dev/clock", {
      method: "DELETE",
      headers: { origin: "http://evil.example", host: "localhost:3000" },
    });
    expect((await clock.DELETE(otherOrigin)).status).toBe(403);
    expect(clockOffsetSeconds()).toBe(0);
  });

  it("every dev route answers 404 in production without DEV_TOOLS", async () => {
    useEnv(production);
    expect((await mailboxJson.GET(get("/dev/mailbox.json"))).status).toBe(404);
    expect((await mailboxHtml.GET(get("/x"), params("00000000-0000-0000-0000-000000000000"))).status).toBe(404);
    expect((await clock.GET()).status).toBe(404);
    expect((await clock.POST(jsonPost({ offsetSeconds: 60 }))).status).toBe(404);
    expect((await clock.DELETE(new Request("http://localhost/dev/clock", { method: "DELETE" }))).status).toBe(404);
    await expect(MailboxPage({ searchParams: Promise.resolve({}) })).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    expect(now().getTime() - Date.now()).toBeLessThan(1000);
  });

  it("a production build with DEV_TOOLS=1 serves them and warns once at start", async () => {
    useEnv({ ...production, DEV_TOOLS: "1", MAIL_WORKER: "in-process" });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    startEmailOnServer();
    expect(warn).toHaveBeenCalledWith(devToolsWarning);
    expect(devToolsWarning).toBe("DEV_TOOLS=1: /dev/mailbox and /dev/clock are enabled — never set this on a public server");
    // No RESEND_API_KEY: the loop only runs the job scheduler; mail waits in the outbox, and production says so.
    expect(mailWorkerRunning()).toBe(true);
    await stopMailWorker();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("RESEND_API_KEY is not set"));
    expect((await mailboxJson.GET(get("/dev/mailbox.json"))).status).toBe(200);
    expect((await clock.GET()).status).toBe(200);
  });

  it("starts one in-process worker when a key is configured, and none when MAIL_WORKER=off", async () => {
    useEnv({ RESEND_API_KEY: "re_unused", RESEND_BASE_URL: "http://127.0.0.1:9", MAIL_WORKER: "off" });
    startEmailOnServer();
    expect(mailWorkerRunning()).toBe(false);
    useEnv({ MAIL_WORKER: "in-process" });
    // An empty outbox: the first pass finds nothing to send, so no request leaves the process.
    await handle.db.delete(emailOutbox);
    startEmailOnServer();
    expect(mailWorkerRunning()).toBe(true);
    // One loop per process, however often start-up runs (hot reload, several bundles).
    expect(startMailWorker()).toBe(false);
    await stopMailWorker();
    expect(mailWorkerRunning()).toBe(false);
  });
});
