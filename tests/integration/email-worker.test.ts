import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { startFakeResend, type FakeResend } from "@/tests/helpers/fake-resend";
import { emailOutbox } from "@/db/schema";
import { setClockOffsetSeconds } from "@/lib/clock";
import { sendEmail } from "@/lib/email/send";
import { deliverDueMessages, erasedBody } from "@/lib/email/worker";
import { resendProvider, type MailProvider } from "@/lib/email/provider";
import { maxAttempts } from "@/lib/email/backoff";
import { requireTenantById } from "@/lib/tenant/registry";
import { log } from "@/lib/log/logger";

const handle = setupTestDb();
let fake: FakeResend;
let provider: MailProvider;
beforeAll(async () => {
  fake = await startFakeResend();
  // The real SDK, pointed at the local fake (docs/style.md §10: no mocks where the real thing runs).
  provider = resendProvider({ apiKey: fake.apiKey, baseUrl: fake.url, timeoutMs: 5000 });
});
afterAll(() => fake.stop());
let warn: ReturnType<typeof vi.spyOn>;
beforeEach(async () => {
  await handle.db.delete(emailOutbox);
  fake.requests.length = 0;
  fake.emails.length = 0;
  fake.failNext(0);
  fake.setDelay(0);
  await fake.up();
  setClockOffsetSeconds(0);
  // The worker's job lines (lib/log/logger.ts); silenced here, checked where it matters.
  warn = vi.spyOn(log(), "warn").mockImplementation(() => {});
});
afterEach(() => setClockOffsetSeconds(0));

const polo = requireTenantById("polo");
const queue = (to: string) => sendEmail(handle.db, { tenant: polo, to, template: { name: "login-reminder", props: { logins: ["jan"] } } });
const otp = "Xq7-Rt9-Wm2k";
const queueOtp = (to: string) =>
  sendEmail(handle.db, {
    tenant: polo,
    to,
    template: { name: "one-time-password", props: { reason: "recovery", login: "jan", password: otp, expiresAt: new Date("2026-01-01T12:00:00Z") } },
  });
const row = async (id: string) => (await handle.db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!;
const pass = () => deliverDueMessages(handle.db, { provider, batchSize: 10 });

describe(`outbox worker (${testDbKind})`, () => {
  it("delivers once after two provider failures, with the same idempotency key on every try", async () => {
    const { id } = await queue("jan@example.pl");
    fake.failNext(2);

    expect(await pass()).toMatchObject({ claimed: 1, retried: 1 });
    let r = await row(id);
    expect(r).toMatchObject({ status: "pending", attempts: 1, lockedUntil: null });
    expect(r.lastError).toContain("500");
    expect(r.lastError).not.toContain(fake.apiKey);
    // Not due again before its backoff (10 s + jitter).
    expect(await pass()).toMatchObject({ claimed: 0 });

    setClockOffsetSeconds(15);
    expect(await pass()).toMatchObject({ claimed: 1, retried: 1 });
    expect(await row(id)).toMatchObject({ status: "pending", attempts: 2 });

    setClockOffsetSeconds(15 + 40);
    expect(await pass()).toMatchObject({ claimed: 1, sent: 1 });
    r = await row(id);
    expect(r).toMatchObject({ status: "sent", attempts: 3, lockedUntil: null });
    expect(r.providerMessageId).toBe(fake.emails[0]!.id);
    expect(r.sentAt).toBeInstanceOf(Date);

    expect(fake.requests.map((q) => q.status)).toEqual([500, 500, 200]);
    expect(new Set(fake.requests.map((q) => q.idempotencyKey))).toEqual(new Set([r.idempotencyKey]));
    expect(fake.requests[0]!.authorization).toBe(`Bearer ${fake.apiKey}`);
    expect(fake.emails).toHaveLength(1);
    expect(fake.emails[0]).toMatchObject({ to: ["jan@example.pl"], from: polo.email.from, subject: r.subject });
    expect(fake.emails[0]!.text).toContain("Login: jan");

    // Sent messages are never picked up again.
    setClockOffsetSeconds(86_400);
    expect(await pass()).toMatchObject({ claimed: 0 });
  });

  it("survives the provider being down (connection refused) and delivers when it is back", async () => {
    const { id } = await queue("down@example.pl");
    await fake.down();
    expect(await pass()).toMatchObject({ retried: 1 });
    expect((await row(id)).lastError).toMatch(/fetch|resolved|connect/i);
    await fake.up();
    setClockOffsetSeconds(60);
    expect(await pass()).toMatchObject({ sent: 1 });
    expect(fake.emails).toHaveLength(1);
  });

  it(`marks a message dead after ${maxAttempts} failed tries and never sends it`, async () => {
    const { id } = await queue("dead@example.pl");
    fake.failNext(1000);
    for (let i = 1; i <= maxAttempts; i++) {
      setClockOffsetSeconds(i * 86_400);
      expect(await pass()).toMatchObject({ claimed: 1 });
    }
    const r = await row(id);
    expect(r).toMatchObject({ status: "dead", attempts: maxAttempts, lockedUntil: null });
    expect(r.lastError).toContain("internal_server_error");
    setClockOffsetSeconds((maxAttempts + 1) * 86_400);
    expect(await pass()).toMatchObject({ claimed: 0 });
    expect(fake.requests).toHaveLength(maxAttempts);
    expect(fake.emails).toHaveLength(0);
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ job: "mail", outcome: "dead", attempt: maxAttempts }), "job");
  });

  it("dead-letters at once what the provider rejects as invalid (422)", async () => {
    const bad: MailProvider = { name: "rejecting", send: async () => ({ ok: false, error: "validation_error (422): invalid `to`", permanent: true }) };
    const { id } = await queue("not-an-address");
    await deliverDueMessages(handle.db, { provider: bad });
    expect(await row(id)).toMatchObject({ status: "dead", attempts: 1 });
  });

  it("never sends one message twice when several workers run at the same time", async () => {
    const count = 40;
    for (let i = 0; i < count; i++) await queue(`user${i}@example.pl`);
    fake.setDelay(30);
    const worker = async () => {
      let claimed = 0;
      for (;;) {
        const report = await deliverDueMessages(handle.db, { provider, batchSize: 3 });
        if (report.claimed === 0) return claimed;
        claimed += report.claimed;
      }
    };
    const claims = await Promise.all([worker(), worker(), worker(), worker()]);
    expect(claims.reduce((a, b) => a + b, 0)).toBe(count);
    expect(fake.requests).toHaveLength(count);
    expect(new Set(fake.requests.map((q) => q.idempotencyKey)).size).toBe(count);
    expect(fake.emails).toHaveLength(count);
    const rows = await handle.db.select().from(emailOutbox);
    expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
  });

  it("retries a message whose worker died mid-send, with the same key, and the provider deduplicates it", async () => {
    const { id } = await queue("crash@example.pl");
    // A worker claims the row and sends it, then "crashes" before recording the outcome.
    const stalled: MailProvider = {
      name: "crashing",
      send: async (message, options) => {
        await provider.send(message, options);
        throw new Error("process killed");
      },
    };
    await expect(deliverDueMessages(handle.db, { provider: stalled, lockSeconds: 60 })).rejects.toThrow("process killed");
    expect(await pass()).toMatchObject({ claimed: 0 }); // still claimed
    setClockOffsetSeconds(61);
    expect(await pass()).toMatchObject({ sent: 1 });
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1]!.replayed).toBe(true);
    expect(fake.emails).toHaveLength(1);
    expect((await row(id)).providerMessageId).toBe(fake.emails[0]!.id);
  });

  it("erases the rendered body (one-time password) once the message is sent; the provider got it whole", async () => {
    const { id } = await queueOtp("otp@example.pl");
    const queued = await row(id);
    expect(queued.text).toContain(otp); // pending: still deliverable (and readable in the dev mailbox)
    expect(queued.html).toContain(otp);

    expect(await pass()).toMatchObject({ sent: 1 });
    expect(fake.emails).toHaveLength(1);
    expect(fake.emails[0]!.text).toContain(otp);
    expect(fake.emails[0]!.html).toContain(otp);

    const r = await row(id);
    expect(r).toMatchObject({ status: "sent", attempts: 1, to: "otp@example.pl", template: "one-time-password", subject: queued.subject });
    expect(r.text).toBe(erasedBody.sent);
    expect(r.html).toBe(erasedBody.sent);
    expect(JSON.stringify(r)).not.toContain(otp);
  });

  it("keeps the body while a message is retried and erases it when it goes dead", async () => {
    const { id } = await queueOtp("otp-dead@example.pl");
    fake.failNext(1000);
    expect(await pass()).toMatchObject({ retried: 1 });
    expect((await row(id)).text).toContain(otp);
    for (let i = 2; i <= maxAttempts; i++) {
      setClockOffsetSeconds(i * 86_400);
      expect(await pass()).toMatchObject({ claimed: 1 });
    }
    const r = await row(id);
    expect(r).toMatchObject({ status: "dead", attempts: maxAttempts, template: "one-time-password" });
    expect(r.lastError).toContain("internal_server_error");
    expect(r.text).toBe(erasedBody.dead);
    expect(r.html).toBe(erasedBody.dead);
    expect(JSON.stringify(r)).not.toContain(otp);
    // Every try sent the whole message.
    expect(fake.requests).toHaveLength(maxAttempts);
    expect(fake.requests.every((q) => String(q.body?.text).includes(otp))).toBe(true);
  });

  it("erases the body of a message the provider rejects at once", async () => {
    const bad: MailProvider = { name: "rejecting", send: async () => ({ ok: false, error: "validation_error (422): invalid `to`", permanent: true }) };
    const { id } = await queueOtp("not-an-address");
    await deliverDueMessages(handle.db, { provider: bad });
    const r = await row(id);
    expect(r).toMatchObject({ status: "dead", attempts: 1, text: erasedBody.dead, html: erasedBody.dead });
  });
});
