import { Resend } from "resend";

export type OutgoingEmail = {
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers (List-Unsubscribe, docs/email.md §7), each value one clean line. */
  headers?: Record<string, string>;
};

export type SendResult = { ok: true; providerMessageId: string } | { ok: false; error: string; permanent: boolean };

/** Where the worker hands a message over. One implementation in the product: Resend. */
export type MailProvider = {
  name: string;
  /** The same idempotency key on every try of one message, so a retry after a lost answer is not a second e-mail. */
  send(message: OutgoingEmail, options: { idempotencyKey: string }): Promise<SendResult>;
};

/** A bad request will fail the same way every time; anything else (5xx, 429, network) may pass later. */
const permanentStatuses = new Set([400, 422]);

/**
 * The real resend SDK. `baseUrl` (or RESEND_BASE_URL, which the SDK reads itself) points it at the
 * local fake provider in tests and load runs.
 */
export function resendProvider(options: { apiKey: string; baseUrl?: string; timeoutMs?: number }): MailProvider {
  const resend = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
  const timeoutMs = options.timeoutMs ?? 20_000;
  const redact = (text: string) => text.split(options.apiKey).join("[key]");
  return {
    name: "resend",
    async send(message, { idempotencyKey }) {
      try {
        const { data, error } = await resend.emails.send(
          {
            from: message.from,
            to: message.to,
            replyTo: message.replyTo,
            subject: message.subject,
            html: message.html,
            text: message.text,
            ...(message.headers ? { headers: message.headers } : {}),
          },
          { idempotencyKey, signal: AbortSignal.timeout(timeoutMs) },
        );
        if (data) return { ok: true, providerMessageId: data.id };
        const status = error?.statusCode ?? null;
        return {
          ok: false,
          error: redact(`${error?.name ?? "unknown_error"}${status ? ` (${status})` : ""}: ${error?.message ?? "no answer"}`),
          permanent: status !== null && permanentStatuses.has(status),
        };
      } catch (thrown) {
        // The SDK turns network failures into `error`; a timeout's abort is re-thrown.
        return { ok: false, error: redact(thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown)), permanent: false };
      }
    },
  };
}
