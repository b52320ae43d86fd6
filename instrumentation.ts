import type { Instrumentation } from "next";

/**
 * Next's start-up hook. The configuration is validated first: in production the app refuses to
 * start without its secrets (S25). Everything is imported inside register() and only for the Node
 * runtime, so the database driver and the resend SDK never reach the edge bundle.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { validateConfigurationOrExit } = await import("@/lib/startup/validate");
  validateConfigurationOrExit();
  // One JSON log line per request, with status and duration (docs/decisions/0016-logs-and-outages.md).
  const [{ installRequestLogging }, { installConsoleScrubber }] = await Promise.all([import("@/lib/log/http"), import("@/lib/log/console")]);
  installRequestLogging();
  installConsoleScrubber();
  holder.__mojbokReportRequestError = (await import("@/lib/log/request-error")).reportRequestError;
  const { startEmailOnServer } = await import("@/lib/email/startup");
  startEmailOnServer();
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    const [{ getDb }, { resealTotpSecretsOnStart }, { installDatabaseProbe }, { sql }, { log }] = await Promise.all([
      import("@/db/client"),
      import("@/lib/staff/totp-secret"),
      import("@/lib/ops/db-outage"),
      import("drizzle-orm"),
      import("@/lib/log/logger"),
    ]);
    // proxy.ts probes the database through this while an outage is marked (lib/ops/db-outage.ts).
    installDatabaseProbe(async () => {
      await (await getDb()).execute(sql`SELECT 1`);
    });
    // S30: staff TOTP secrets still in plaintext, or under STAFF_TOTP_KEY_PREVIOUS, are re-encrypted
    // under the current key, in the background (a few rows; the conditional UPDATE is safe to race).
    void getDb().then(resealTotpSecretsOnStart, (error: unknown) => log().error({ err: error }, "no database for re-encrypting staff TOTP secrets"));
  }
}

/** Set by register() (Node runtime only), so onRequestError can run synchronously. */
const holder = globalThis as unknown as { __mojbokReportRequestError?: Instrumentation.onRequestError };

/**
 * Every server-side failure of a request (page, route handler, action, proxy): one log line with the
 * request id, and a database outage is marked so the answer is a 503, not the 500 page
 * (lib/log/request-error.ts). No await before the report: Next may write the answer meanwhile.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => holder.__mojbokReportRequestError?.(error, request, context);
