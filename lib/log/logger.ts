import pino, { type Logger } from "pino";
import { scrub, scrubDeep } from "@/lib/log/scrub";

/**
 * The app's one logger: JSON lines on stdout (docs/decisions/0016-logs-and-outages.md). Two layers keep personal
 * data and secrets out (S24): `redact` removes fields by name wherever they sit, and every string
 * left — the message included — goes through lib/log/scrub.ts. Callers still log ids and outcomes,
 * never a request body or an e-mail.
 */
const secretFields = [
  "password",
  "newPassword",
  "currentPassword",
  "oneTimePassword",
  "pesel",
  "nip",
  "code",
  "token",
  "otp",
  "secret",
  "totp",
  "html",
  "text",
  "body",
  "to",
  "email",
  "cookie",
  "authorization",
];

export const redactPaths = [...secretFields, ...secretFields.map((f) => `*.${f}`), 'headers["set-cookie"]', "*.headers.cookie", "*.headers.authorization"];

const isErrorLike = (value: unknown): value is Error =>
  typeof value === "object" && value !== null && typeof (value as { message?: unknown }).message === "string";

/** Name, scrubbed message, code and causes — no stack (it can quote a query's parameters) and no other fields. */
function errorFields(error: unknown, depth = 0): Record<string, unknown> {
  if (!isErrorLike(error)) return { message: scrub(String(error)) };
  const code = (error as { code?: unknown }).code;
  const cause = depth < 4 && error.cause !== undefined ? errorFields(error.cause, depth + 1) : undefined;
  return { type: error.name, message: scrub(error.message), ...(typeof code === "string" ? { code } : {}), ...(cause ? { cause } : {}) };
}

export function createLogger(destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    base: { pid: process.pid },
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: "msg",
    redact: { paths: redactPaths, censor: "[redacted]" },
    serializers: { err: (e: unknown) => errorFields(e), error: (e: unknown) => errorFields(e) },
    formatters: {
      level: (label) => ({ level: label }),
      // reqId is exempt: lib/log/request-id.ts admits only ids that cannot carry personal data.
      log: ({ reqId, ...rest }) => ({ ...(reqId === undefined ? {} : { reqId }), ...(scrubDeep(rest) as Record<string, unknown>) }),
    },
    hooks: {
      logMethod(args, method) {
        // The message (and any printf arguments) is free text: scrubbed like the fields.
        const cleaned = args.map((a) => (typeof a === "string" ? scrub(a) : a)) as Parameters<typeof method>;
        method.apply(this, cleaned);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

// On globalThis: Next evaluates this module in more than one bundle of one process.
const holder = globalThis as unknown as { __mojbokLog?: Logger };

export function log(): Logger {
  holder.__mojbokLog ??= createLogger();
  return holder.__mojbokLog;
}
