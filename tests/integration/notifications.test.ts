import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { setupTestDb, testDbKind } from "@/tests/helpers/db";
import { customerScope } from "@/tests/helpers/scope";
import { startFakeResend, type FakeResend } from "@/tests/helpers/fake-resend";
import { addCustomer, addCustomerWithDocuments, addPayment } from "./billing-world";
import { customer as importedCustomer, jsonl } from "./import-helpers";
import { importOwners, point, reading } from "./points-world";
import { importJsonLines } from "@/lib/import/import-json-lines";
import { documentExplanation } from "@/lib/billing/explain-data";
import { accounts, auditLog, emailOutbox, jobs, notificationPreferences } from "@/db/schema";
import { setClockOffsetSeconds } from "@/lib/clock";
import { requireTenantById } from "@/lib/tenant/registry";
import { log } from "@/lib/log/logger";
import { deliverDueMessages } from "@/lib/email/worker";
import { resendProvider } from "@/lib/email/provider";
import { schedulerPass } from "@/lib/jobs/scheduler";
import { notificationChoices, savePreferences, PREFERENCES_SAVED } from "@/lib/notifications/preferences";
import { sendNotification } from "@/lib/notifications/notify";
import { unsubscribe, unsubscribeClaim } from "@/lib/notifications/unsubscribe";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

const handle = setupTestDb();
const polo = requireTenantById("polo");
const polsp = requireTenantById("polsp");
const request = { ip: "203.0.113.9", userAgent: "vitest" };

/** Moves lib/clock so that now() is `iso` or up to a second after it (never before: a job due at `iso` is due). */
const clockAt = (iso: string) => setClockOffsetSeconds(Math.ceil((new Date(iso).getTime() - Date.now()) / 1000));

async function customerWithAccount(id: string, docs: Parameters<typeof addCustomerWithDocuments>[3]) {
  if (docs.length > 0) await addCustomerWithDocuments(handle.db, "polo", id, docs);
  else await addCustomer(handle.db, "polo", id);
  const [account] = await handle.db
    .insert(accounts)
    .values({ tenantId: "polo", customerId: id, login: `login-${id}`, email: `${id.toLowerCase()}@example.pl`, status: "active" })
    .returning({ id: accounts.id });
  return account!.id;
}

const outboxTo = (to: string) => handle.db.select().from(emailOutbox).where(eq(emailOutbox.to, to));

beforeEach(async () => {
  vi.spyOn(log(), "info").mockImplementation(() => {});
  vi.spyOn(log(), "warn").mockImplementation(() => {});
  await handle.db.delete(jobs);
  await handle.db.delete(emailOutbox);
});
afterEach(() => setClockOffsetSeconds(0));

describe(`notification preferences (${testDbKind})`, () => {
  it("are all on by default; the regulation stays on whatever the form sends", async () => {
    const accountId = await customerWithAccount("N1", []);
    const scope = customerScope(handle.db, "polo", "N1", accountId);
    const key = { db: handle.db, tenantId: "polo", customerId: "N1" };
    expect(Object.values(await notificationChoices(key)).every(Boolean)).toBe(true);
    expect(await savePreferences(scope, request, {} as never)).toEqual({ status: "success", message: PREFERENCES_SAVED });
    const after = await notificationChoices(key);
    expect(after.regulation_change).toBe(true);
    expect(after.payment_due).toBe(false);
    expect(after.new_document).toBe(false);
    // Polo has "Odczyty": its readings row is a choice like the others.
    expect(after.readings_due).toBe(false);
    const [audit] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "notifications.changed"), eq(auditLog.targetId, "N1")));
    expect(audit?.actorId).toBe(accountId);
  });

  it("a notification turned off writes no e-mail; one left on carries the unsubscribe links and RFC 8058 headers", async () => {
    const accountId = await customerWithAccount("N2", []);
    const scope = customerScope(handle.db, "polo", "N2", accountId);
    await savePreferences(scope, request, { new_document: "on", payment_due: "on", payment_overdue: "on", ticket_answered: "on" } as never);
    const send = () =>
      sendNotification(handle.db, {
        tenant: polo,
        customerId: "N2",
        to: "n2@example.pl",
        event: "payment_booked",
        template: { name: "payment-received", props: { amount: 1000, paidOn: "2026-12-01", path: "/faktury" } },
      });
    expect(await send()).toBe(false);
    expect(await outboxTo("n2@example.pl")).toHaveLength(0);
    await savePreferences(scope, request, { payment_booked: "on" } as never);
    expect(await send()).toBe(true);
    const [row] = await outboxTo("n2@example.pl");
    expect(row!.headers!["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(row!.headers!["List-Unsubscribe"]).toMatch(/^<http:\/\/[^>]+\/api\/powiadomienia\/wypisz\?t=[^>]+>$/);
    expect(row!.text).toMatch(/\/powiadomienia\/wypisz\?t=/);
    expect(row!.text).toContain("/ustawienia/powiadomienia");
  });

  it("the regulation e-mail has no unsubscribe link: it is always on", async () => {
    await customerWithAccount("N3", []);
    const sent = await sendNotification(handle.db, {
      tenant: polo,
      customerId: "N3",
      to: "n3@example.pl",
      event: "regulation_change",
      template: { name: "regulation-updated", props: { title: "Regulamin", version: "2", effectiveDate: "2026-12-31" } },
    });
    expect(sent).toBe(true);
    const [row] = await outboxTo("n3@example.pl");
    expect(row!.headers).toBeNull();
    expect(row!.text).not.toContain("/powiadomienia/wypisz");
    expect(verifyUnsubscribeToken(signUnsubscribeToken({ tenantId: "polo", customerId: "N3", event: "regulation_change" }))).toBeNull();
  });
});

describe(`unsubscribe without signing in (${testDbKind})`, () => {
  it("the signed token turns off its one event for its customer, on its tenant's host only", async () => {
    await customerWithAccount("U1", []);
    const token = signUnsubscribeToken({ tenantId: "polo", customerId: "U1", event: "ticket_answered" });
    const key = { db: handle.db, tenantId: "polo", customerId: "U1" };
    // Looking at the claim (the GET page) stores nothing.
    expect(unsubscribeClaim(polo, token)).toEqual({ tenantId: "polo", customerId: "U1", event: "ticket_answered" });
    expect(await handle.db.select().from(notificationPreferences).where(eq(notificationPreferences.customerId, "U1"))).toHaveLength(0);
    // Another tenant's host, a changed payload or signature: refused, nothing changes.
    expect(await unsubscribe(handle.db, polsp, token, { ...request, via: "one-click" })).toBeNull();
    const [payload, signature] = token.split(".");
    const other = Buffer.from(JSON.stringify(["polo", "U2", "ticket_answered"])).toString("base64url");
    expect(await unsubscribe(handle.db, polo, `${other}.${signature}`, { ...request, via: "one-click" })).toBeNull();
    expect(await unsubscribe(handle.db, polo, `${payload}.${signature!.slice(0, -2)}AA`, { ...request, via: "one-click" })).toBeNull();
    expect((await notificationChoices(key)).ticket_answered).toBe(true);

    expect(await unsubscribe(handle.db, polo, token, { ...request, via: "one-click" })).not.toBeNull();
    const after = await notificationChoices(key);
    expect(after.ticket_answered).toBe(false);
    expect(Object.entries(after).filter(([, on]) => !on)).toEqual([["ticket_answered", false]]);
    const [audit] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "notifications.unsubscribed"), eq(auditLog.targetId, "U1")));
    expect(audit?.details).toEqual({ event: "ticket_answered", via: "one-click" });
  });
});

describe(`reminders (${testDbKind})`, () => {
  let fake: FakeResend;
  beforeAll(async () => {
    fake = await startFakeResend();
  });
  afterAll(() => fake.stop());

  it("due in 3 days and overdue are sent once per document and kind; a paid document or a preference off sends nothing", async () => {
    clockAt("2026-12-07T10:00:00Z"); // 11:00 in Warsaw
    await customerWithAccount("R1", [
      { id: "R1-due", gross: 12_300, dueDate: "2026-12-10" },
      { id: "R1-late", gross: 4_500, dueDate: "2026-12-01" },
      { id: "R1-paid", gross: 1_000, dueDate: "2026-12-09" },
      { id: "R1-later", gross: 1_000, dueDate: "2026-12-20" },
    ]);
    await addPayment(handle.db, "polo", "R1", "R1-p", 1_000, "2026-12-05", "R1-paid");
    const quiet = await customerWithAccount("R2", [{ id: "R2-due", gross: 5_000, dueDate: "2026-12-09" }]);
    await savePreferences(customerScope(handle.db, "polo", "R2", quiet), request, { payment_overdue: "on" } as never);

    await schedulerPass(handle.db);
    await schedulerPass(handle.db);
    const mails = await outboxTo("r1@example.pl");
    expect(mails.map((m) => m.subject).sort()).toEqual(
      ["Minął termin płatności FV/R1-late — mojBOK POLO", "Przypomnienie o terminie płatności FV/R1-due — mojBOK POLO"].sort(),
    );
    expect(mails.find((m) => m.subject.includes("R1-due"))!.text).toMatch(/Do zapłaty pozostało 123,00\szł/);
    expect(await outboxTo("r2@example.pl")).toHaveLength(0);
    const r2 = await handle.db.select().from(jobs).where(eq(jobs.key, "reminder:due3:polo:R2-due"));
    expect(r2[0]).toMatchObject({ status: "done", outcome: "preference-off" });

    // The next hour's sweep finds the same documents and adds nothing.
    clockAt("2026-12-07T11:30:00Z");
    await schedulerPass(handle.db);
    expect(await outboxTo("r1@example.pl")).toHaveLength(2);

    // The worker hands the RFC 8058 headers to the provider.
    await deliverDueMessages(handle.db, { provider: resendProvider({ apiKey: fake.apiKey, baseUrl: fake.url, timeoutMs: 5000 }) });
    const delivered = fake.emails.find((e) => e.to[0] === "r1@example.pl")!;
    expect(delivered.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(delivered.headers["List-Unsubscribe"]).toContain("/api/powiadomienia/wypisz?t=");
  });

  it("readings due: a window's opening tells the point's holder once; a point without a window, a reading already given or a closed window sends nothing", async () => {
    clockAt("2026-12-24T10:00:00Z");
    const window = { selfReading: true, readingWindow: { from: 25, to: 5 } };
    await importOwners(handle.db, polo, "W", [
      point("W-P1", "WKA", "electricity", window),
      point("W-P2", "WKB", "electricity", window),
      point("W-P3", "WKA", "electricity", { selfReading: true }),
      point("W-P4", "WKA", "electricity", { readingWindow: { from: 25, to: 5 } }),
      reading("W-r2", "W-P2", "2026-12-25", "1200", "actual", "kWh"),
    ]);
    for (const id of ["WA", "WB"])
      await handle.db
        .insert(accounts)
        .values({ tenantId: "polo", customerId: id, login: `login-${id}`, email: `${id.toLowerCase()}@example.pl`, status: "active" });
    const readingJobs = () => handle.db.select().from(jobs).where(eq(jobs.kind, "readings-due"));

    await schedulerPass(handle.db); // 24 December: the window 25–5 is closed
    expect(await readingJobs()).toHaveLength(0);

    clockAt("2026-12-25T09:00:00Z"); // 10:00 in Warsaw: it opens today
    await schedulerPass(handle.db);
    await schedulerPass(handle.db);
    expect((await readingJobs()).map((j) => [j.key, j.outcome]).sort()).toEqual([
      ["reminder:readings:polo:W-P1:2026-12-25", "sent"],
      ["reminder:readings:polo:W-P2:2026-12-25", "already-read"],
    ]);
    const [mail] = await outboxTo("wa@example.pl");
    expect(mail!.subject).toBe("Czas podać odczyt licznika — mojBOK POLO");
    expect(mail!.text).toMatch(/w punkcie \S+\. Formularz jest otwarty do 05\.01\.2027\./);
    expect(mail!.text).toContain("/odczyty/W-P1");
    expect(await outboxTo("wb@example.pl")).toHaveLength(0);

    clockAt("2026-12-30T09:00:00Z"); // the same opening: nothing new
    await schedulerPass(handle.db);
    expect(await outboxTo("wa@example.pl")).toHaveLength(1);

    clockAt("2027-01-25T09:00:00Z"); // the next opening: the sweep adds the job, the next pass sends it
    await schedulerPass(handle.db);
    await schedulerPass(handle.db);
    expect(await outboxTo("wa@example.pl")).toHaveLength(2);
  });

  it("quiet hours: a reminder due at 22:00 Warsaw is held and sent at 08:00", async () => {
    clockAt("2026-12-14T21:00:00Z"); // 22:00 in Warsaw (winter, UTC+1)
    await customerWithAccount("Q1", [{ id: "Q1-due", gross: 7_000, dueDate: "2026-12-17" }]);
    await schedulerPass(handle.db);
    const [job] = await handle.db.select().from(jobs).where(eq(jobs.key, "reminder:due3:polo:Q1-due"));
    expect(job!.status).toBe("pending");
    expect(job!.runAt.toISOString()).toBe("2026-12-15T07:00:00.000Z");
    expect(await outboxTo("q1@example.pl")).toHaveLength(0);

    clockAt("2026-12-15T06:59:00Z"); // 07:59
    await schedulerPass(handle.db);
    expect(await outboxTo("q1@example.pl")).toHaveLength(0);

    clockAt("2026-12-15T07:00:00Z"); // 08:00
    await schedulerPass(handle.db);
    expect(await outboxTo("q1@example.pl")).toHaveLength(1);
  });

  it("an import adds one new-document notice per recent document; repeating the file adds none; an old document gets none", async () => {
    clockAt("2026-12-07T10:00:00Z");
    const invoice = (id: string, issueDate: string) => ({
      type: "invoice",
      id,
      customer: "IMP1",
      number: `FV/${id}`,
      kind: "invoice",
      issueDate,
      dueDate: "2026-12-21",
      net: "100.00",
      vat: "23.00",
      gross: "123.00",
      lines: [{ description: "Energia", quantity: "1", unit: "kWh", net: "100.00", vatRate: "23", vat: "23.00", gross: "123.00" }],
    });
    const file = jsonl(importedCustomer("IMP1"), invoice("IMP-new", "2026-12-05"), invoice("IMP-old", "2026-10-01"));
    expect((await importJsonLines(handle.db, polo, [file])).status).toBe("applied");
    await handle.db.insert(accounts).values({ tenantId: "polo", customerId: "IMP1", login: "login-imp1", email: "imp1@example.pl", status: "active" });
    expect((await importJsonLines(handle.db, polo, [file])).status).toBe("applied");
    const notices = await handle.db.select().from(jobs).where(eq(jobs.kind, "new-document"));
    expect(notices.map((j) => j.key)).toEqual(["notice:new-document:polo:IMP-new"]);

    await schedulerPass(handle.db);
    const [mail] = await outboxTo("imp1@example.pl");
    expect(mail!.subject).toBe("Nowy dokument w serwisie mojBOK POLO: FV/IMP-new");
    expect(mail!.text).toContain("/faktury/IMP-new");
    expect(mail!.headers!["List-Unsubscribe"]).toContain("/api/powiadomienia/wypisz?t=");
    // The notice says what the document page's "Skąd ta kwota?" says (docs/portal.md §15).
    const explanation = await documentExplanation({ db: handle.db, tenant: polo, customerId: "IMP1" }, "IMP-new", "2026-12-07");
    expect(explanation!.length).toBeGreaterThan(1);
    const flat = (text: string) => text.replace(/\s+/g, " ");
    for (const paragraph of explanation!) expect(flat(mail!.text)).toContain(flat(paragraph));
  });
});
