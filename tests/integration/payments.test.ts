import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { accounts, auditLog, emailOutbox, onlinePaymentHolds, onlinePayments } from "@/db/schema";
import { balanceOf, describeBalance } from "@/lib/billing/balance";
import { customerDocuments } from "@/lib/billing/documents";
import { now } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import { importJsonLines } from "@/lib/import/import-json-lines";
import { exportPage } from "@/lib/export/export-events";
import { handleNotification } from "@/lib/payments/notification";
import { createPrzelewy24 } from "@/lib/payments/przelewy24";
import { quotePayment } from "@/lib/payments/quote";
import { sandboxMerchantId, sandboxSecrets } from "@/lib/payments/sandbox-credentials";
import { startSandbox, type Sandbox } from "@/scripts/gateway-sandbox/server";
import { cancelPayment, customerPayment, returnFromGateway, startPayment, type StartInput } from "@/lib/payments/service";
import { notificationSign } from "@/lib/payments/sign";
import { requireTenantById } from "@/lib/tenant/registry";
import { testDbKind, setupTestDb } from "../helpers/db";
import { addCustomer, addDocuments } from "./billing-world";
import { customerScope } from "../helpers/scope";

/**
 * Online payments end to end over real HTTP: the Przelewy24 adapter talks to the local sandbox,
 * and the sandbox posts its notifications to a small shop server that calls the same handler as
 * app/api/platnosci/przelewy24/route.ts.
 */
const handle = setupTestDb();
let sandbox: Sandbox;
let shop: http.Server;
let origin: string;
const polo = () => requireTenantById("polo");
const merchantId = sandboxMerchantId("polo");
const { crc, apiKey } = sandboxSecrets(merchantId);
let gateway: ReturnType<typeof createPrzelewy24>;
const accountIds: Record<string, string> = {};
const today = () => warsawDate(now());

beforeAll(async () => {
  const db = handle.db;
  for (const [tenantId, customerId] of [
    ["polo", "PAY"],
    ["polo", "OTHER"],
    ["polsp", "PAY"],
    ["polo", "RACE"],
    ["polo", "BACK"],
    ["polo", "LATE"],
  ] as const) {
    await addCustomer(db, tenantId, customerId);
    await addDocuments(db, tenantId, customerId, [
      { id: `${customerId}-1`, gross: 100_00, dueDate: "2026-09-15" },
      { id: `${customerId}-2`, gross: 250_00, dueDate: "2026-10-15" },
      { id: `${customerId}-3`, gross: 40_00, dueDate: "2026-10-20" },
    ]);
    const [account] = await db
      .insert(accounts)
      .values({ tenantId, customerId, login: `${tenantId}-${customerId}`.toLowerCase(), email: `${customerId.toLowerCase()}@example.pl`, status: "active" })
      .returning();
    accountIds[`${tenantId}/${customerId}`] = account!.id;
  }
  sandbox = await startSandbox();
  gateway = createPrzelewy24({ merchantId, posId: merchantId, apiKey, crc, baseUrl: sandbox.url });
  shop = http.createServer((req, res) => {
    let text = "";
    req.on("data", (c) => (text += c));
    req.on("end", () => {
      void handleNotification(handle.db, gateway, polo(), JSON.parse(text), { ip: "127.0.0.1", userAgent: "sandbox" }).then((answer) => {
        res.writeHead(answer.status);
        res.end(answer.body);
      });
    });
  });
  await new Promise<void>((resolve) => shop.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await sandbox?.close();
  await new Promise((resolve) => shop?.close(resolve));
});

beforeEach(() => {
  Object.assign(sandbox.switches, { duplicates: 0, delayMs: 0, failVerify: false, failNotify: 0, retryBaseMs: 5 });
});

/** The scope requireCustomer gives this customer's account (lib/auth/customer.ts). */
const payer = (customerId: string, tenantId = "polo") => customerScope(handle.db, tenantId, customerId, accountIds[`${tenantId}/${customerId}`]!);
const request = { ip: "127.0.0.1", userAgent: "vitest" };

function input(selection: StartInput["selection"], confirmedAmount: number): StartInput {
  return { email: "given-to-gateway@example.pl", selection, confirmedAmount, origin, today: today() };
}

async function start(customerId: string, ids: string[], amount: number) {
  const result = await startPayment(payer(customerId), request, gateway, input({ kind: "documents", ids }, amount));
  if (!result.ok) throw new Error(`start failed: ${result.reason}`);
  const row = (await customerPayment(customerScope(handle.db, "polo", customerId), result.paymentId))!;
  return { ...result, row, token: row.gatewayToken! };
}

/** The customer's "Zapłać" / "Anuluj" on the sandbox page (a form POST), then wait for the notifications. */
async function atGateway(token: string, button: "pay" | "cancel") {
  const response = await fetch(`${sandbox.url}/trnRequest/${token}/${button}`, { method: "POST", redirect: "manual" });
  expect(response.status).toBe(303);
  await sandbox.idle();
  return response.headers.get("location");
}

const auditOf = (action: string, targetId?: string) =>
  handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), ...(targetId ? [eq(auditLog.targetId, targetId)] : [])));

const paymentsOf = (customerId: string) =>
  handle.db
    .select()
    .from(onlinePayments)
    .where(and(eq(onlinePayments.tenantId, "polo"), eq(onlinePayments.customerId, customerId)));

function signedNotification(sessionId: string, amount: number, overrides: Partial<{ crc: string; currency: string; orderId: number }> = {}) {
  const fields = {
    merchantId,
    posId: merchantId,
    sessionId,
    amount,
    originAmount: amount,
    currency: overrides.currency ?? "PLN",
    orderId: overrides.orderId ?? 1234,
    methodId: 25,
    statement: "p24-test",
  };
  return { ...fields, sign: notificationSign({ ...fields, crc: overrides.crc ?? crc }) };
}

describe(`online payments (${testDbKind})`, () => {
  it("computes the amount on the server and refuses a changed one", async () => {
    const quote = await quotePayment(customerScope(handle.db, "polo", "PAY"), { kind: "documents", ids: ["PAY-1", "PAY-3", "OTHER-2", "nope"] }, today());
    expect(quote).toEqual({ ok: true, amount: 140_00, lines: expect.any(Array) });
    const changed = await startPayment(payer("PAY"), request, gateway, input({ kind: "documents", ids: ["PAY-1"] }, 1));
    expect(changed).toEqual({ ok: false, reason: "amount-changed" });
  });

  it("S22: a duplicated notification is credited once; pending changes no amount; paid counts until settled by the import", async () => {
    const before = await balanceOf(customerScope(handle.db, "polo", "PAY"), today());
    expect(before).toBe(390_00);
    sandbox.switches.duplicates = 2;
    const payment = await start("PAY", ["PAY-2"], 250_00);
    expect(payment.resumed).toBe(false);
    expect(gateway.redirectUrl(payment.token)).toBe(`${sandbox.url}/trnRequest/${payment.token}`);

    // Registered, not paid: "Płatność w toku", no amount changes.
    expect(await balanceOf(customerScope(handle.db, "polo", "PAY"), today())).toBe(before);
    let docs = await customerDocuments(customerScope(handle.db, "polo", "PAY"), today());
    expect(docs.find((d) => d.id === "PAY-2")).toMatchObject({ remaining: 250_00, online: "pending" });

    const back = await atGateway(payment.token, "pay");
    expect(back).toBe(`${origin}/platnosci/powrot/${payment.paymentId}`);
    const transaction = sandbox.transactions.get(payment.token)!;
    expect(transaction.deliveries).toEqual([200, 200, 200]);
    const row = (await customerPayment(customerScope(handle.db, "polo", "PAY"), payment.paymentId))!;
    expect(row).toMatchObject({ status: "paid", gatewayOrderId: String(transaction.orderId) });
    expect(row.verifiedAt).not.toBeNull();
    expect(await balanceOf(customerScope(handle.db, "polo", "PAY"), today())).toBe(before - 250_00);
    docs = await customerDocuments(customerScope(handle.db, "polo", "PAY"), today());
    expect(docs.find((d) => d.id === "PAY-2")).toMatchObject({ status: "paid", remaining: 0, online: "processing" });
    expect(await auditOf("payment.paid", payment.paymentId)).toHaveLength(1);
    // One "payment received" e-mail, to the account's own address.
    const received = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.template, "payment-received"));
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ to: "pay@example.pl", tenantId: "polo" });
    expect(received[0]!.text).toContain("250,00\u00a0zł");
    expect(received[0]!.text).toContain("FV/PAY-2");
    // The CRM learns of it once through GET /api/export, with the reference to book it under.
    const exported = (await exportPage(handle.db, "polo", 0)).lines.filter((l) => l.type === "payment.paid_online" && l.sessionId === row.sessionId);
    expect(exported).toEqual([
      expect.objectContaining({ customer: "PAY", amount: 250_00, currency: "PLN", invoiceIds: ["PAY-2"], orderId: String(transaction.orderId) }),
    ]);

    // The CRM books the transfer with our session id as its reference: only the booked one counts.
    const booked = JSON.stringify({
      type: "payment",
      id: "BOOKED-1",
      customer: "PAY",
      date: today(),
      amount: "250.00",
      invoice: "PAY-2",
      method: "Przelewy24",
      reference: row.sessionId,
    });
    // The same reference on another customer's payment settles nothing (tenant + customer matched).
    const stranger = JSON.stringify({
      type: "payment",
      id: "BOOKED-X",
      customer: "OTHER",
      date: today(),
      amount: "1.00",
      invoice: "OTHER-2",
      reference: row.sessionId,
    });
    expect(await importJsonLines(handle.db, polo(), [`${stranger}\n`])).toMatchObject({ status: "applied" });
    expect((await customerPayment(customerScope(handle.db, "polo", "PAY"), payment.paymentId))!.status).toBe("paid");
    expect(await importJsonLines(handle.db, polo(), [`${booked}\n`])).toMatchObject({ status: "applied" });
    expect(await customerPayment(customerScope(handle.db, "polo", "PAY"), payment.paymentId)).toMatchObject({
      status: "settled",
      settledByPaymentId: "BOOKED-1",
    });
    expect(await balanceOf(customerScope(handle.db, "polo", "PAY"), today())).toBe(before - 250_00);
    docs = await customerDocuments(customerScope(handle.db, "polo", "PAY"), today());
    expect(docs.find((d) => d.id === "PAY-2")).toMatchObject({ status: "paid", online: null });

    // A late replay of the notification after settlement changes nothing.
    const replay = await handleNotification(handle.db, gateway, polo(), signedNotification(row.sessionId, 250_00, { orderId: transaction.orderId! }), {
      ip: null,
      userAgent: null,
    });
    expect(replay.status).toBe(200);
    expect(await balanceOf(customerScope(handle.db, "polo", "PAY"), today())).toBe(before - 250_00);
    expect(await auditOf("payment.paid", payment.paymentId)).toHaveLength(1);
  });

  it("S22: a forged signature is refused and audited, without secrets in the audit log", async () => {
    const payment = await start("PAY", ["PAY-3"], 40_00);
    const forged = signedNotification(payment.row.sessionId, 40_00, { crc: "guessed-crc" });
    const answer = await handleNotification(handle.db, gateway, polo(), forged, { ip: "203.0.113.9", userAgent: "forger" });
    expect(answer.status).toBe(400);
    expect((await customerPayment(customerScope(handle.db, "polo", "PAY"), payment.paymentId))!.status).toBe("pending");
    const refused = (await auditOf("payment.notification_refused")).filter((a) => a.details?.sessionId === payment.row.sessionId);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ tenantId: "polo", actorKind: "gateway", ip: "203.0.113.9", details: { reason: "signature" } });
    const stored = JSON.stringify(refused[0]);
    for (const secret of [crc, apiKey, forged.sign]) expect(stored).not.toContain(secret);
    // Another merchant's correctly signed notification is refused too.
    const otherMerchant = { ...signedNotification(payment.row.sessionId, 40_00), merchantId: merchantId + 1 };
    otherMerchant.sign = notificationSign({ ...otherMerchant, crc });
    expect((await handleNotification(handle.db, gateway, polo(), otherMerchant, { ip: null, userAgent: null })).status).toBe(400);
    expect((await handleNotification(handle.db, gateway, polo(), { hello: "world" }, { ip: null, userAgent: null })).status).toBe(400);
  });

  it("S22: a notification with another amount, currency or an unknown session is refused", async () => {
    const payment = await start("PAY", ["PAY-3"], 40_00);
    for (const [body, reason] of [
      [signedNotification(payment.row.sessionId, 1_00), "amount"],
      [signedNotification(payment.row.sessionId, 40_00, { currency: "EUR" }), "currency"],
      [signedNotification("no-such-session", 40_00), "unknown-session"],
    ] as const) {
      expect((await handleNotification(handle.db, gateway, polo(), body, { ip: null, userAgent: null })).status).toBe(400);
      const audited = await auditOf("payment.notification_refused");
      expect(audited.some((a) => a.details?.reason === reason)).toBe(true);
    }
    // Another tenant's handler never finds polo's session (tenant in the WHERE clause).
    const polspGateway = createPrzelewy24({
      merchantId: sandboxMerchantId("polsp"),
      posId: sandboxMerchantId("polsp"),
      ...sandboxSecrets(sandboxMerchantId("polsp")),
      baseUrl: sandbox.url,
    });
    const polspMerchant = sandboxMerchantId("polsp");
    const fields = {
      merchantId: polspMerchant,
      posId: polspMerchant,
      sessionId: payment.row.sessionId,
      amount: 40_00,
      originAmount: 40_00,
      currency: "PLN",
      orderId: 1,
      methodId: 25,
      statement: "x",
    };
    const crossTenant = { ...fields, sign: notificationSign({ ...fields, crc: sandboxSecrets(polspMerchant).crc }) };
    expect((await handleNotification(handle.db, polspGateway, requireTenantById("polsp"), crossTenant, { ip: null, userAgent: null })).status).toBe(400);
    expect((await customerPayment(customerScope(handle.db, "polo", "PAY"), payment.paymentId))!.status).toBe("pending");
  });

  it("S22: verify failing leaves the payment pending (and the gateway's retries are answered with an error)", async () => {
    const before = await balanceOf(customerScope(handle.db, "polo", "PAY"), today());
    sandbox.switches.failVerify = true;
    const payment = await start("PAY", ["PAY-1"], 100_00);
    await atGateway(payment.token, "pay");
    expect((await customerPayment(customerScope(handle.db, "polo", "PAY"), payment.paymentId))!.status).toBe("pending");
    expect(sandbox.transactions.get(payment.token)!.deliveries.every((status) => status === 502)).toBe(true);
    expect(sandbox.transactions.get(payment.token)!.deliveries.length).toBeGreaterThan(1);
    expect((await auditOf("payment.verify_failed", payment.paymentId)).length).toBeGreaterThan(0);
    expect(await balanceOf(customerScope(handle.db, "polo", "PAY"), today())).toBe(before);
    expect(await gateway.statusBySession(payment.row.sessionId)).toBe("advance");
  });

  it("S22: two identical notifications racing each other credit the payment once", async () => {
    sandbox.switches.failNotify = 100; // the sandbox's own deliveries are lost; we deliver by hand
    const payment = await start("PAY", ["PAY-3"], 40_00);
    await atGateway(payment.token, "pay");
    sandbox.switches.failNotify = 0;
    const body = signedNotification(payment.row.sessionId, 40_00, { orderId: sandbox.transactions.get(payment.token)!.orderId! });
    const mailsBefore = (await handle.db.select().from(emailOutbox).where(eq(emailOutbox.template, "payment-received"))).length;
    const answers = await Promise.all([1, 2, 3].map(() => handleNotification(handle.db, gateway, polo(), body, { ip: null, userAgent: null })));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(await auditOf("payment.paid", payment.paymentId)).toHaveLength(1);
    expect((await handle.db.select().from(emailOutbox).where(eq(emailOutbox.template, "payment-received"))).length).toBe(mailsBefore + 1);
  });

  it("lost notifications are retried until the shop answers", async () => {
    sandbox.switches.failNotify = 2;
    const payment = await start("OTHER", ["OTHER-3"], 40_00);
    await atGateway(payment.token, "pay");
    expect((await customerPayment(customerScope(handle.db, "polo", "OTHER"), payment.paymentId))!.status).toBe("paid");
    expect(await gateway.statusBySession(payment.row.sessionId)).toBe("completed");
  });

  it("a payment cancelled at the gateway changes nothing, and the customer can give it up", async () => {
    const before = await balanceOf(customerScope(handle.db, "polo", "OTHER"), today());
    const payment = await start("OTHER", ["OTHER-1"], 100_00);
    await atGateway(payment.token, "cancel");
    expect(sandbox.transactions.get(payment.token)!.deliveries).toEqual([]);
    expect(await gateway.statusBySession(payment.row.sessionId)).toBe("none");
    expect(await balanceOf(customerScope(handle.db, "polo", "OTHER"), today())).toBe(before);
    expect(await cancelPayment(payer("OTHER"), request, payment.paymentId)).toBe(true);
    expect(await cancelPayment(payer("OTHER"), request, payment.paymentId)).toBe(false);
    expect((await customerPayment(customerScope(handle.db, "polo", "OTHER"), payment.paymentId))!.status).toBe("cancelled");
    const docs = await customerDocuments(customerScope(handle.db, "polo", "OTHER"), today());
    expect(docs.find((d) => d.id === "OTHER-1")).toMatchObject({ remaining: 100_00, online: null });
  });

  it("S13, S14: another customer or tenant can neither see, cancel nor pay someone's payment or documents", async () => {
    // PAY's other documents are paid or held by the payment whose verify failed above.
    await addDocuments(handle.db, "polo", "PAY", [{ id: "PAY-4", gross: 100_00, dueDate: "2026-10-25" }]);
    const payment = await start("PAY", ["PAY-4"], 100_00);
    expect(await customerPayment(customerScope(handle.db, "polo", "OTHER"), payment.paymentId)).toBeNull();
    expect(await customerPayment(customerScope(handle.db, "polsp", "PAY"), payment.paymentId)).toBeNull();
    expect(await cancelPayment(payer("OTHER"), request, payment.paymentId)).toBe(false);
    expect(await cancelPayment(payer("PAY", "polsp"), request, payment.paymentId)).toBe(false);
    expect((await customerPayment(customerScope(handle.db, "polo", "PAY"), payment.paymentId))!.status).toBe("pending");
    // Paying another customer's document: nothing to pay (only the customer's own open documents count).
    expect(await startPayment(payer("OTHER"), request, gateway, input({ kind: "documents", ids: ["PAY-1"] }, 100_00))).toEqual({
      ok: false,
      reason: "nothing-to-pay",
    });
    // polsp's customer "PAY" has documents with the same ids; they are its own, with polsp's amounts.
    const polspQuote = await quotePayment(customerScope(handle.db, "polsp", "PAY"), { kind: "all" }, today());
    expect(polspQuote).toMatchObject({ ok: true, amount: 390_00 });
  });

  it("Zapłać wszystko: the balance, spread over the open documents oldest first", async () => {
    const balance = await balanceOf(customerScope(handle.db, "polo", "OTHER"), today());
    const quote = await quotePayment(customerScope(handle.db, "polo", "OTHER"), { kind: "all" }, today());
    expect(quote).toMatchObject({ ok: true, amount: balance });
    if (!quote.ok) return;
    expect(quote.lines.map((l) => [l.invoiceId, l.amount])).toEqual([
      ["OTHER-1", 100_00],
      ["OTHER-2", 250_00 - 1_00], // the 1,00 zł booked for it in the import above
    ]);
    const started = await startPayment(payer("OTHER"), request, gateway, input({ kind: "all" }, balance));
    if (!started.ok) throw new Error(started.reason);
    const row = (await customerPayment(customerScope(handle.db, "polo", "OTHER"), started.paymentId))!;
    await atGateway(row.gatewayToken!, "pay");
    expect(await balanceOf(customerScope(handle.db, "polo", "OTHER"), today())).toBe(0);
    expect((await customerDocuments(customerScope(handle.db, "polo", "OTHER"), today())).every((d) => d.status === "paid")).toBe(true);
  });
  it("simultaneous starts for the same document make one transaction; the database refuses a second live one", async () => {
    const race = () => startPayment(payer("RACE"), request, gateway, input({ kind: "documents", ids: ["RACE-1"] }, 100_00));
    const results = await Promise.all([race(), race(), race()]);
    const ids = results.map((r) => (r.ok ? r.paymentId : r.reason));
    expect(new Set(ids).size).toBe(1);
    expect(results.filter((r) => r.ok && !r.resumed)).toHaveLength(1);
    const rows = await paymentsOf("RACE");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: ids[0], status: "pending" });
    expect([...sandbox.transactions.values()].filter((t) => rows.some((r) => r.sessionId === t.sessionId))).toHaveLength(1);
    // A constraint, not a check before the insert: a second hold of the same document is refused.
    await expect(
      handle.db.insert(onlinePaymentHolds).values({ tenantId: "polo", invoiceId: "RACE-1", customerId: "RACE", paymentId: rows[0]!.id }),
    ).rejects.toThrow();
  });

  it("starting again resumes the live payment's gateway session; other documents cancel it first; a payment paid at the gateway is waited for", async () => {
    const first = await start("RACE", ["RACE-2"], 250_00);
    const again = await startPayment(payer("RACE"), request, gateway, input({ kind: "documents", ids: ["RACE-2"] }, 250_00));
    expect(again).toEqual({ ok: true, paymentId: first.paymentId, resumed: true });
    expect(await auditOf("payment.resumed", first.paymentId)).toHaveLength(1);

    // Another set over the same document: the live payment gives way before the new one is registered.
    const wider = await start("RACE", ["RACE-2", "RACE-3"], 290_00);
    expect(wider.paymentId).not.toBe(first.paymentId);
    expect((await customerPayment(customerScope(handle.db, "polo", "RACE"), first.paymentId))!.status).toBe("cancelled");
    expect((await auditOf("payment.cancelled", first.paymentId))[0]).toMatchObject({ actorKind: "customer", details: { reason: "superseded" } });
    const live = (await paymentsOf("RACE")).filter((r) => r.status === "pending");
    const raceOne = (await paymentsOf("RACE")).find((r) => r.invoiceIds.includes("RACE-1"))!;
    expect(live.map((r) => r.id).sort()).toEqual([raceOne.id, wider.paymentId].sort());

    // Paid at the gateway, the notification not here yet: no second payment, the customer waits for it.
    sandbox.switches.failNotify = 100;
    await atGateway(wider.token, "pay");
    expect(await startPayment(payer("RACE"), request, gateway, input({ kind: "documents", ids: ["RACE-3"] }, 40_00))).toEqual({
      ok: false,
      reason: "awaiting-confirmation",
      paymentId: wider.paymentId,
    });
    expect((await customerPayment(customerScope(handle.db, "polo", "RACE"), wider.paymentId))!.status).toBe("pending");
  });

  it("Anuluj at the gateway: the return already finds the payment cancelled and the documents payable again", async () => {
    const before = await balanceOf(customerScope(handle.db, "polo", "BACK"), today());
    const payment = await start("BACK", ["BACK-1"], 100_00);
    const back = await atGateway(payment.token, "cancel");
    expect(back).toBe(`${origin}/platnosci/powrot/${payment.paymentId}`);
    const returned = await returnFromGateway(payer("BACK"), request, gateway, payment.paymentId);
    expect(returned).toMatchObject({ id: payment.paymentId, status: "cancelled" });
    expect((await auditOf("payment.cancelled", payment.paymentId))[0]).toMatchObject({ details: { reason: "returned" } });
    expect(await balanceOf(customerScope(handle.db, "polo", "BACK"), today())).toBe(before);
    expect((await customerDocuments(customerScope(handle.db, "polo", "BACK"), today())).find((d) => d.id === "BACK-1")).toMatchObject({
      remaining: 100_00,
      online: null,
    });
    // Payable again at once: a new payment and a new gateway session, not the cancelled one.
    const next = await start("BACK", ["BACK-1"], 100_00);
    expect(next.paymentId).not.toBe(payment.paymentId);
    expect(next.resumed).toBe(false);

    // Coming back after paying changes nothing, whether the notification came first or not.
    sandbox.switches.failNotify = 100;
    await atGateway(next.token, "pay");
    expect(await returnFromGateway(payer("BACK"), request, gateway, next.paymentId)).toMatchObject({ status: "pending" });
    expect(await returnFromGateway(payer("OTHER"), request, gateway, next.paymentId)).toBeNull();
    const paid = await start("BACK", ["BACK-2"], 250_00);
    sandbox.switches.failNotify = 0;
    await atGateway(paid.token, "pay");
    expect(await returnFromGateway(payer("BACK"), request, gateway, paid.paymentId)).toMatchObject({ status: "paid" });
  });

  it("S22: a late notification for a superseded payment whose documents were paid meanwhile is credited once, as an overpayment", async () => {
    const old = await start("LATE", ["LATE-1"], 100_00); // the customer leaves its gateway page open
    const wider = await start("LATE", ["LATE-1", "LATE-2"], 350_00);
    expect((await customerPayment(customerScope(handle.db, "polo", "LATE"), old.paymentId))!.status).toBe("cancelled");
    await atGateway(wider.token, "pay");
    expect(await balanceOf(customerScope(handle.db, "polo", "LATE"), today())).toBe(40_00);

    // ...and then still pays the old one there: the money is real.
    sandbox.switches.duplicates = 2;
    await atGateway(old.token, "pay");
    expect(sandbox.transactions.get(old.token)!.deliveries).toEqual([200, 200, 200]);
    expect((await customerPayment(customerScope(handle.db, "polo", "LATE"), old.paymentId))!.status).toBe("paid");
    const balance = await balanceOf(customerScope(handle.db, "polo", "LATE"), today());
    expect(balance).toBe(40_00 - 100_00);
    expect(describeBalance(balance)).toEqual({ kind: "overpaid", label: "Nadpłata:", grosze: 60_00 });
    const credited = await auditOf("payment.paid", old.paymentId);
    expect(credited).toHaveLength(1);
    expect(credited[0]).toMatchObject({ actorKind: "gateway", details: { amount: 100_00, previousStatus: "cancelled", overpaid: 60_00 } });

    // A replay later is not counted twice; the CRM learns of the payment once.
    const orderId = sandbox.transactions.get(old.token)!.orderId!;
    const replay = await handleNotification(handle.db, gateway, polo(), signedNotification(old.row.sessionId, 100_00, { orderId }), {
      ip: null,
      userAgent: null,
    });
    expect(replay.status).toBe(200);
    expect(await balanceOf(customerScope(handle.db, "polo", "LATE"), today())).toBe(40_00 - 100_00);
    expect(await auditOf("payment.paid", old.paymentId)).toHaveLength(1);
    expect((await exportPage(handle.db, "polo", 0)).lines.filter((l) => l.type === "payment.paid_online" && l.sessionId === old.row.sessionId)).toHaveLength(1);
  });
  it("a pending payment booked by the CRM releases its documents", async () => {
    const payment = await start("BACK", ["BACK-3"], 40_00);
    const holds = () => handle.db.select().from(onlinePaymentHolds).where(eq(onlinePaymentHolds.paymentId, payment.paymentId));
    expect(await holds()).toHaveLength(1);
    const booked = JSON.stringify({
      type: "payment",
      id: "BOOKED-BACK-3",
      customer: "BACK",
      date: today(),
      amount: "40.00",
      invoice: "BACK-3",
      reference: payment.row.sessionId,
    });
    expect(await importJsonLines(handle.db, polo(), [`${booked}\n`])).toMatchObject({ status: "applied" });
    expect((await customerPayment(customerScope(handle.db, "polo", "BACK"), payment.paymentId))!.status).toBe("settled");
    expect(await holds()).toEqual([]);
  });
});
