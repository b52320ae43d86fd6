/**
 * What the portal needs from a payment gateway. The portal (lib/payments/service.ts, the pages and
 * the notification route) talks only to this interface; Przelewy24 is one adapter
 * (lib/payments/przelewy24.ts) and a PayU adapter would be another, without touching the portal.
 */

export type PaymentRequest = {
  /** Our unguessable id of the payment; the CRM books the transfer with it as its reference. */
  sessionId: string;
  /** Grosze. */
  amount: number;
  currency: "PLN";
  description: string;
  email: string;
  /** Where the customer's browser comes back to. */
  urlReturn: string;
  /** Where the gateway posts its notification (must be reachable from the gateway). */
  urlStatus: string;
  timeLimitMinutes: number;
};

/** A notification whose signature and merchant were checked: the gateway says this session was paid. */
export type GatewayNotification = { sessionId: string; amount: number; currency: string; orderId: string };

export type NotificationCheck =
  { ok: true; notification: GatewayNotification } | { ok: false; reason: "malformed" | "merchant" | "signature"; sessionId?: string };

/** The gateway's view of a session: none (not paid), advance (paid, not verified), completed, returned. */
export type GatewayStatus = "none" | "advance" | "completed" | "returned" | "unknown";

export class GatewayError extends Error {
  constructor(
    message: string,
    readonly httpStatus?: number,
  ) {
    super(message);
    this.name = "GatewayError";
  }
}

export interface PaymentGateway {
  /** Stored in online_payments.gateway. */
  readonly name: string;
  /** Shown to the customer ("Przelewy24"). */
  readonly label: string;
  /** Registers the transaction; the token leads the customer to the gateway's payment page. */
  register(request: PaymentRequest): Promise<{ token: string }>;
  redirectUrl(token: string): string;
  /** Parses a notification body and checks its merchant and signature (constant time). */
  checkNotification(body: unknown): NotificationCheck;
  /** Confirms the payment with the gateway; only a true answer makes the payment final. */
  verify(notification: GatewayNotification): Promise<boolean>;
  statusBySession(sessionId: string): Promise<GatewayStatus>;
}
