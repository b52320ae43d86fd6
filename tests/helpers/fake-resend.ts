import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";

/**
 * A local stand-in for the Resend API, so the real resend SDK runs in tests and load scripts
 * (point it here with RESEND_BASE_URL or `new Resend(key, { baseUrl })`). It speaks POST /emails
 * the way Resend documents it: Bearer key, JSON body, `{ id }` back, and an Idempotency-Key that
 * makes a repeated request return the first answer instead of sending again.
 * No test-framework imports: vitest, Playwright and bench scripts all use it.
 */

export type FakeResendRequest = {
  idempotencyKey: string | null;
  authorization: string | null;
  body: Record<string, unknown> | null;
  status: number;
  /** The id answered, for 200s. */
  id: string | null;
  /** True when answered from the idempotency store (no second e-mail). */
  replayed: boolean;
};

export type FakeResendEmail = {
  id: string;
  idempotencyKey: string | null;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
};

export type FakeResend = {
  /** Base URL for the SDK, e.g. http://127.0.0.1:43123 */
  url: string;
  apiKey: string;
  /** Every request that reached the server, in order (failed ones too). */
  requests: FakeResendRequest[];
  /** Every e-mail accepted once — what recipients would actually get. */
  emails: FakeResendEmail[];
  /** Answer the next n requests with 500. */
  failNext(n: number): void;
  /** Wait this long before answering each request (to make concurrent workers overlap). */
  setDelay(ms: number): void;
  /** Close the listening socket: the SDK then gets "connection refused". */
  down(): Promise<void>;
  /** Listen again on the same port. */
  up(): Promise<void>;
  stop(): Promise<void>;
};

type Stored = { bodyJson: string; id: string };

export async function startFakeResend(options: { apiKey?: string; port?: number } = {}): Promise<FakeResend> {
  const apiKey = options.apiKey ?? "re_test_fake_key";
  const requests: FakeResendRequest[] = [];
  const emails: FakeResendEmail[] = [];
  const byKey = new Map<string, Stored>();
  let failures = 0;
  let delayMs = 0;

  const reply = (res: ServerResponse, status: number, payload: unknown) => {
    res.writeHead(status, { "Content-Type": "application/json" });
    res.end(JSON.stringify(payload));
  };
  const error = (status: number, name: string, message: string) => ({ statusCode: status, name, message });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    const raw = Buffer.concat(chunks).toString("utf8");
    const key = header(req, "idempotency-key");
    const authorization = header(req, "authorization");
    let body: Record<string, unknown> | null = null;
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
    } catch {
      body = null;
    }
    const record: FakeResendRequest = { idempotencyKey: key, authorization, body, status: 0, id: null, replayed: false };
    requests.push(record);
    const answer = (status: number, payload: unknown) => {
      record.status = status;
      reply(res, status, payload);
    };

    if (req.method !== "POST" || req.url !== "/emails") return answer(404, error(404, "not_found", "The requested endpoint does not exist."));
    if (!authorization) return answer(401, error(401, "missing_api_key", "Missing API key in the authorization header."));
    if (authorization !== `Bearer ${apiKey}`) return answer(403, error(403, "invalid_api_key", "API key is invalid."));
    if (failures > 0) {
      failures -= 1;
      return answer(500, error(500, "internal_server_error", "An unexpected error occurred."));
    }
    if (!body || typeof body.from !== "string" || !body.to || typeof body.subject !== "string") {
      return answer(422, error(422, "validation_error", "Missing `from`, `to` or `subject`."));
    }
    if (key) {
      const stored = byKey.get(key);
      if (stored && stored.bodyJson !== raw)
        return answer(409, error(409, "invalid_idempotent_request", "Same idempotency key used with a different request payload."));
      if (stored) {
        record.replayed = true;
        record.id = stored.id;
        return answer(200, { id: stored.id });
      }
    }
    const id = randomUUID();
    if (key) byKey.set(key, { bodyJson: raw, id });
    emails.push({
      id,
      idempotencyKey: key,
      from: body.from as string,
      to: Array.isArray(body.to) ? (body.to as string[]) : [String(body.to)],
      subject: body.subject as string,
      html: typeof body.html === "string" ? body.html : "",
      text: typeof body.text === "string" ? body.text : "",
      headers: typeof body.headers === "object" && body.headers !== null ? (body.headers as Record<string, string>) : {},
    });
    record.id = id;
    answer(200, { id });
  }

  let server = createServer((req, res) => void handle(req, res));
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
    });
  const close = (s: Server) =>
    new Promise<void>((resolve) => {
      if (!s.listening) return resolve();
      s.close(() => resolve());
      s.closeAllConnections();
    });

  const port = await listen(options.port ?? 0);
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    requests,
    emails,
    failNext: (n) => {
      failures = n;
    },
    setDelay: (ms) => {
      delayMs = ms;
    },
    down: () => close(server),
    up: async () => {
      if (server.listening) return;
      server = createServer((req, res) => void handle(req, res));
      await listen(port);
    },
    stop: () => close(server),
  };
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}
