import { z } from "zod";
import {
  GatewayError,
  type GatewayNotification,
  type GatewayStatus,
  type NotificationCheck,
  type PaymentGateway,
  type PaymentRequest,
} from "@/lib/payments/gateway";
import { notificationSign, registerSign, signaturesMatch, verifySign } from "@/lib/payments/sign";

/** One Przelewy24 shop (a POS of a merchant) and where its API lives (sandbox or secure). */
export type Przelewy24Config = { merchantId: number; posId: number; apiKey: string; crc: string; baseUrl: string };

const int = z.number().int();
const notificationSchema = z.object({
  merchantId: int,
  posId: int,
  sessionId: z.string().min(1).max(100),
  amount: int.positive(),
  originAmount: int.nonnegative(),
  currency: z.string().length(3),
  orderId: int.positive(),
  methodId: int.nonnegative(),
  statement: z.string().max(200),
  sign: z.string().max(200),
});

const registerAnswer = z.object({ data: z.object({ token: z.string().min(1).max(200) }) });
const verifyAnswer = z.object({ data: z.object({ status: z.literal("success") }) });
const statusAnswer = z.object({ data: z.object({ status: z.number().int() }) });
const gatewayStatuses: Record<number, GatewayStatus> = { 0: "none", 1: "advance", 2: "completed", 3: "returned" };

const TIMEOUT_MS = 15_000;

/** The adapter for the Przelewy24 REST API v1 (HTTP Basic posId:apiKey; amounts in grosze). */
export function createPrzelewy24(config: Przelewy24Config): PaymentGateway {
  const base = config.baseUrl.replace(/\/+$/, "");
  const authorization = `Basic ${Buffer.from(`${config.posId}:${config.apiKey}`).toString("base64")}`;

  async function call(method: "GET" | "POST" | "PUT", path: string, body?: object): Promise<{ status: number; json: unknown }> {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: { Authorization: authorization, Accept: "application/json", ...(body ? { "Content-Type": "application/json" } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        cache: "no-store",
      });
    } catch (error) {
      throw new GatewayError(`Przelewy24 ${method} ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: response.status, json };
  }

  return {
    name: "przelewy24",
    label: "Przelewy24",

    async register(request: PaymentRequest) {
      const body = {
        merchantId: config.merchantId,
        posId: config.posId,
        sessionId: request.sessionId,
        amount: request.amount,
        currency: request.currency,
        description: request.description,
        email: request.email,
        country: "PL",
        language: "pl",
        urlReturn: request.urlReturn,
        urlStatus: request.urlStatus,
        timeLimit: request.timeLimitMinutes,
        sign: registerSign({
          sessionId: request.sessionId,
          merchantId: config.merchantId,
          amount: request.amount,
          currency: request.currency,
          crc: config.crc,
        }),
      };
      const { status, json } = await call("POST", "/api/v1/transaction/register", body);
      const parsed = registerAnswer.safeParse(json);
      if (status !== 200 || !parsed.success) throw new GatewayError(`Przelewy24 register answered ${status}: ${JSON.stringify(json)?.slice(0, 300)}`, status);
      return { token: parsed.data.data.token };
    },

    redirectUrl(token: string) {
      return `${base}/trnRequest/${encodeURIComponent(token)}`;
    },

    checkNotification(body: unknown): NotificationCheck {
      const parsed = notificationSchema.safeParse(body);
      if (!parsed.success) return { ok: false, reason: "malformed" };
      const n = parsed.data;
      // The signature first, over every field: nothing of an unsigned body is trusted (S22).
      if (!signaturesMatch(notificationSign({ ...n, crc: config.crc }), n.sign)) return { ok: false, reason: "signature", sessionId: n.sessionId };
      if (n.merchantId !== config.merchantId || n.posId !== config.posId) return { ok: false, reason: "merchant", sessionId: n.sessionId };
      return { ok: true, notification: { sessionId: n.sessionId, amount: n.amount, currency: n.currency, orderId: String(n.orderId) } };
    },

    async verify(notification: GatewayNotification) {
      const orderId = Number(notification.orderId);
      if (!Number.isSafeInteger(orderId)) return false;
      const body = {
        merchantId: config.merchantId,
        posId: config.posId,
        sessionId: notification.sessionId,
        amount: notification.amount,
        currency: notification.currency,
        orderId,
        sign: verifySign({ sessionId: notification.sessionId, orderId, amount: notification.amount, currency: notification.currency, crc: config.crc }),
      };
      const { status, json } = await call("PUT", "/api/v1/transaction/verify", body);
      return status === 200 && verifyAnswer.safeParse(json).success;
    },

    async statusBySession(sessionId: string) {
      const { status, json } = await call("GET", `/api/v1/transaction/by/sessionId/${encodeURIComponent(sessionId)}`);
      const parsed = statusAnswer.safeParse(json);
      if (status !== 200 || !parsed.success) return "unknown";
      return gatewayStatuses[parsed.data.data.status] ?? "unknown";
    },
  };
}
