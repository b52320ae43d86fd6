import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { startFakeResend, type FakeResend } from "@/tests/helpers/fake-resend";
import { emailOutbox } from "@/db/schema";
import { sendEmail, sendEmailToEach } from "@/lib/email/send";
import { deliverDueMessages } from "@/lib/email/worker";
import { resendProvider } from "@/lib/email/provider";
import { requireTenantById } from "@/lib/tenant/registry";

const handle = setupTestDb();
let fake: FakeResend;
beforeAll(async () => {
  fake = await startFakeResend();
});
afterAll(() => fake.stop());
beforeEach(async () => {
  await handle.db.delete(emailOutbox);
  fake.emails.length = 0;
});

const polo = requireTenantById("polo");
const injected = "Awaria\r\nBcc: x@evil.example\u2028X-Extra: 1";
const noBreaks = /^[^\p{Cc}\p{Zl}\p{Zp}]*$/u;

describe(`S28: no header injection through the outbox (${testDbKind})`, () => {
  it("S28: a subject with `\\r\\nBcc:` is one line in the outbox row and in the provider's request", async () => {
    await sendEmail(handle.db, {
      tenant: polo,
      to: "jan@example.pl\r\nBcc: x@evil.example",
      template: { name: "ticket-replied", props: { ticketNumber: "ZG/2026/000001", ticketSubject: injected, path: "/zgloszenia/1" } },
    });
    const [row] = await handle.db.select().from(emailOutbox);
    expect(row!.subject).toBe("Nowa odpowiedź w sprawie ZG/2026/000001: Awaria Bcc: x@evil.example X-Extra: 1");
    expect(row!.to).toMatch(noBreaks);
    expect(row!.to).not.toContain(" ");

    const report = await deliverDueMessages(handle.db, { provider: resendProvider({ apiKey: fake.apiKey, baseUrl: fake.url, timeoutMs: 5000 }) });
    expect(report.claimed).toBe(1);
    const sent = fake.emails[0]!;
    expect(sent.subject).toBe(row!.subject);
    expect(sent.to).toEqual([row!.to]);
    for (const header of [sent.from, sent.subject, ...sent.to]) expect(header).toMatch(noBreaks);
  });

  it("S28: a row written dirty (by an older version) is cleaned at the hand-over to the provider", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { id } = await sendEmail(handle.db, { tenant: polo, to: "jan@example.pl", template: { name: "login-reminder", props: { logins: ["jan"] } } });
    await handle.db.execute(sql`UPDATE ${emailOutbox} SET subject = ${injected}, "to" = ${"jan@example.pl\nBcc: x@evil.example"} WHERE id = ${id}`);
    await deliverDueMessages(handle.db, { provider: resendProvider({ apiKey: fake.apiKey, baseUrl: fake.url, timeoutMs: 5000 }) });
    expect(fake.emails[0]!.subject).toBe("Awaria Bcc: x@evil.example X-Extra: 1");
    expect(fake.emails[0]!.to).toEqual(["jan@example.plBcc:x@evil.example"]);
  });

  it("S28: one message to many — addresses from the database lose line breaks and controls too", async () => {
    const recipients = sql`select address from (values (${"a@example.pl\r\nBcc: x@evil.example"}), (${" b@example.pl\u2028"}), ('c@example.pl')) as v(address)`;
    expect(await sendEmailToEach(handle.db, { tenant: polo, recipients, template: { name: "login-reminder", props: { logins: ["jan"] } } })).toBe(3);
    const rows = await handle.db.select().from(emailOutbox);
    expect(rows.map((r) => r.to).sort()).toEqual(["a@example.plBcc:x@evil.example", "b@example.pl", "c@example.pl"]);
  });
});
