import http from "node:http";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { notificationSign, registerSign, signaturesMatch, verifySign } from "@/lib/payments/sign";
import { sandboxSecrets } from "@/lib/payments/sandbox-credentials";
import { postJson } from "./deliver";
import { paymentPage } from "./page";

/**
 * A local gateway speaking the Przelewy24 REST v1 protocol (development and tests): register,
 * the payment page with "Zapłać" and "Anuluj", signed notifications to the shop's urlStatus with
 * retries and backoff, verify and status by session. Its credentials are lib/payments/
 * sandbox-credentials.ts (any merchant id; key and CRC derived from it). Switches for tests:
 * POST /sandbox/switches {duplicates, delayMs, failVerify, failNotify, retryBaseMs}; GET reads them;
 * GET /sandbox/transactions/{token} shows a transaction and the shop's answers to its notifications.
 */

export type Switches = {
  /** Extra copies of each notification, sent after the first one was accepted. */
  duplicates: number;
  /** Wait before the first notification. */
  delayMs: number;
  /** Verify answers an error. */
  failVerify: boolean;
  /** The next n notification attempts are "lost" (not delivered), so the retries are exercised. */
  failNotify: number;
  /** First retry after this long, then doubling (the real gateway retries over hours). */
  retryBaseMs: number;
};

type Transaction = {
  token: string;
  merchantId: number;
  posId: number;
  sessionId: string;
  amount: number;
  currency: string;
  description: string;
  urlReturn: string;
  urlStatus: string;
  state: "new" | "paid" | "cancelled";
  orderId: number | null;
  verified: boolean;
  deliveries: number[];
};

export type Sandbox = {
  url: string;
  port: number;
  switches: Switches;
  transactions: Map<string, Transaction>;
  idle: () => Promise<void>;
  close: () => Promise<void>;
};

const defaults = (): Switches => ({ duplicates: 0, delayMs: 0, failVerify: false, failNotify: 0, retryBaseMs: 1000 });
const MAX_ATTEMPTS = 8;

export async function startSandbox(options: { port?: number; host?: string; log?: (line: string) => void } = {}): Promise<Sandbox> {
  const log = options.log ?? (() => {});
  const switches = defaults();
  const transactions = new Map<string, Transaction>();
  const bySession = new Map<string, Transaction>();
  let nextOrderId = 300_000_000 + Math.floor(Math.random() * 1_000_000);
  const inFlight = new Set<Promise<void>>();

  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  function notificationOf(t: Transaction) {
    const crc = sandboxSecrets(t.merchantId).crc;
    const fields = {
      merchantId: t.merchantId,
      posId: t.posId,
      sessionId: t.sessionId,
      amount: t.amount,
      originAmount: t.amount,
      currency: t.currency,
      orderId: t.orderId!,
      methodId: 25,
      statement: `p24-${t.orderId}`,
    };
    return { ...fields, sign: notificationSign({ ...fields, crc }) };
  }

  async function notify(t: Transaction) {
    if (switches.delayMs > 0) await sleep(switches.delayMs);
    const body = notificationOf(t);
    let delivered = false;
    for (let attempt = 0; attempt < MAX_ATTEMPTS && !delivered; attempt++) {
      if (attempt > 0) await sleep(switches.retryBaseMs * 2 ** (attempt - 1));
      if (switches.failNotify > 0) {
        switches.failNotify--;
        log(`notification ${t.sessionId}: attempt ${attempt + 1} dropped (failNotify)`);
        continue;
      }
      const status = await postJson(t.urlStatus, body);
      t.deliveries.push(status);
      log(`notification ${t.sessionId}: attempt ${attempt + 1} → ${status}`);
      delivered = status >= 200 && status < 300;
    }
    for (let i = 0; i < switches.duplicates; i++) t.deliveries.push(await postJson(t.urlStatus, body));
  }

  const track = (promise: Promise<void>) => {
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise));
  };

  function basicAuth(req: http.IncomingMessage): { posId: number; apiKey: string } | null {
    const header = req.headers.authorization ?? "";
    if (!header.startsWith("Basic ")) return null;
    const [pos, ...rest] = Buffer.from(header.slice(6), "base64").toString("utf8").split(":");
    const posId = Number(pos);
    const apiKey = rest.join(":");
    if (!Number.isSafeInteger(posId) || !signaturesMatch(sandboxSecrets(posId).apiKey, apiKey)) return null;
    return { posId, apiKey };
  }

  const send = (res: http.ServerResponse, status: number, body: unknown, type = "application/json") => {
    res.writeHead(status, { "content-type": `${type}; charset=utf-8` });
    res.end(typeof body === "string" ? body : JSON.stringify(body));
  };
  const error = (res: http.ServerResponse, code: number, message: string) => send(res, code, { error: message, code });

  async function readBody(req: http.IncomingMessage): Promise<string> {
    let data = "";
    for await (const chunk of req) {
      data += chunk;
      if (data.length > 100_000) break;
    }
    return data;
  }
  const readJson = async (req: http.IncomingMessage): Promise<Record<string, unknown> | null> => {
    try {
      const value: unknown = JSON.parse(await readBody(req));
      return value && typeof value === "object" ? (value as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? "/", "http://sandbox");
    const path = url.pathname;
    const method = req.method ?? "GET";

    if (path === "/sandbox/switches") {
      if (method === "POST") {
        // JSON only: a web page in the developer's browser cannot send it without a preflight
        // (which the sandbox never grants), so it cannot flip the switches with a plain form.
        if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) return send(res, 415, { error: "application/json required" });
        const body = (await readJson(req)) ?? {};
        for (const key of Object.keys(defaults()) as (keyof Switches)[]) {
          if (!(key in body)) continue;
          const value = body[key];
          if (key === "failVerify") switches.failVerify = value === true;
          else if (typeof value === "number" && Number.isFinite(value) && value >= 0) switches[key] = Math.floor(value);
        }
        if (body.reset === true) Object.assign(switches, defaults());
      }
      return send(res, 200, switches);
    }

    const inspect = /^\/sandbox\/transactions\/([A-Za-z0-9-]+)$/.exec(path);
    if (method === "GET" && inspect) {
      const t = transactions.get(inspect[1]!);
      return t
        ? send(res, 200, { sessionId: t.sessionId, amount: t.amount, state: t.state, verified: t.verified, deliveries: t.deliveries })
        : error(res, 404, "Not found");
    }

    if (method === "POST" && path === "/api/v1/transaction/register") {
      const auth = basicAuth(req);
      if (!auth) return error(res, 401, "Incorrect authentication");
      const b = await readJson(req);
      if (!b) return error(res, 400, "Invalid input data");
      const merchantId = Number(b.merchantId);
      const posId = Number(b.posId);
      const amount = Number(b.amount);
      const ok =
        posId === auth.posId &&
        Number.isSafeInteger(merchantId) &&
        Number.isSafeInteger(amount) &&
        amount > 0 &&
        typeof b.sessionId === "string" &&
        typeof b.currency === "string" &&
        typeof b.urlReturn === "string" &&
        typeof b.urlStatus === "string" &&
        typeof b.sign === "string";
      if (!ok) return error(res, 400, "Invalid input data");
      const expected = registerSign({
        sessionId: b.sessionId as string,
        merchantId,
        amount,
        currency: b.currency as string,
        crc: sandboxSecrets(merchantId).crc,
      });
      if (!signaturesMatch(expected, b.sign)) return error(res, 400, "Incorrect sign");
      if (bySession.has(b.sessionId as string)) return error(res, 400, "Transaction with this sessionId already exists");
      const token = randomBytes(16).toString("hex").toUpperCase();
      const t: Transaction = {
        token,
        merchantId,
        posId,
        sessionId: b.sessionId as string,
        amount,
        currency: b.currency as string,
        description: String(b.description ?? ""),
        urlReturn: b.urlReturn as string,
        urlStatus: b.urlStatus as string,
        state: "new",
        orderId: null,
        verified: false,
        deliveries: [],
      };
      transactions.set(token, t);
      bySession.set(t.sessionId, t);
      log(`register ${t.sessionId} ${amount} ${t.currency}`);
      return send(res, 200, { data: { token }, responseCode: 0 });
    }

    const page = /^\/trnRequest\/([A-Za-z0-9-]+)(?:\/(pay|cancel))?$/.exec(path);
    if (page) {
      const t = transactions.get(page[1]!);
      if (!t) return send(res, 404, "<!doctype html><html lang=pl><title>Nie znaleziono</title><h1>Nie znaleziono transakcji</h1></html>", "text/html");
      if (method === "GET" && !page[2])
        return send(
          res,
          200,
          paymentPage({ token: t.token, amount: t.amount, description: t.description, merchantId: t.merchantId, state: t.state }),
          "text/html",
        );
      if (method === "POST" && page[2]) {
        if (t.state === "new") {
          if (page[2] === "pay") {
            t.state = "paid";
            t.orderId = nextOrderId++;
            track(notify(t));
          } else t.state = "cancelled";
        }
        res.writeHead(303, { location: t.urlReturn });
        return res.end();
      }
    }

    if (method === "PUT" && path === "/api/v1/transaction/verify") {
      const auth = basicAuth(req);
      if (!auth) return error(res, 401, "Incorrect authentication");
      const b = await readJson(req);
      const t = typeof b?.sessionId === "string" ? bySession.get(b.sessionId) : undefined;
      if (!b || !t || t.state !== "paid") return error(res, 400, "Transaction not found");
      const sign = verifySign({
        sessionId: t.sessionId,
        orderId: Number(b.orderId),
        amount: Number(b.amount),
        currency: String(b.currency),
        crc: sandboxSecrets(t.merchantId).crc,
      });
      if (!signaturesMatch(sign, b.sign)) return error(res, 400, "Incorrect sign");
      if (
        Number(b.orderId) !== t.orderId ||
        Number(b.amount) !== t.amount ||
        b.currency !== t.currency ||
        Number(b.merchantId) !== t.merchantId ||
        auth.posId !== t.posId
      )
        return error(res, 400, "Transaction data mismatch");
      if (switches.failVerify) return error(res, 400, "Transaction verification failed");
      t.verified = true;
      return send(res, 200, { data: { status: "success" }, responseCode: 0 });
    }

    const status = /^\/api\/v1\/transaction\/by\/sessionId\/(.+)$/.exec(path);
    if (method === "GET" && status) {
      const auth = basicAuth(req);
      if (!auth) return error(res, 401, "Incorrect authentication");
      const t = bySession.get(decodeURIComponent(status[1]!));
      if (!t || t.posId !== auth.posId) return error(res, 404, "Transaction not found");
      const code = t.state !== "paid" ? 0 : t.verified ? 2 : 1;
      return send(res, 200, {
        data: { sessionId: t.sessionId, orderId: t.orderId ?? 0, amount: t.amount, currency: t.currency, status: code },
        responseCode: 0,
      });
    }

    if (method === "GET" && path === "/") return send(res, 200, { name: "mojBOK Przelewy24 sandbox", transactions: transactions.size });
    return error(res, 404, "Not found");
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      log(`error: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) error(res, 500, "Internal error");
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    switches,
    transactions,
    idle: async () => {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
