/**
 * Database outage → 503 (docs/decisions/0016-logs-and-outages.md, "Database outage"). The one place
 * that decides an error means "PostgreSQL is away" and what the app answers meanwhile.
 *
 * How an outage surfaces: postgres.js rejects queries with a Node socket error (ECONNREFUSED,
 * ECONNRESET …), its own CONNECTION_* codes, or the server's SQLSTATE class 08 / 57P01–57P03 (a
 * shutdown cuts open connections with 57P01); drizzle wraps it as the `cause` of its query error.
 * instrumentation.ts's `onRequestError` passes every failure here: a connection error marks the
 * database down, and the failing request's 500 becomes a 503 with Retry-After (lib/log/http.ts).
 * While it is marked down, proxy.ts answers every page with the branded 503 page before any
 * rendering, and probes the database at most once a second until a probe succeeds.
 */
export const RETRY_AFTER_SECONDS = 10;
const PROBE_INTERVAL_MS = 1000;
const PROBE_TIMEOUT_MS = 1500;

const socketCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "EPIPE"]);
const clientCodes = new Set(["CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT"]);
const serverCodes = new Set(["57P01", "57P02", "57P03", "53300"]);

/** True when the error (or one of its causes) says the database cannot be reached, not that a query was wrong. */
export function isDatabaseConnectionError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (socketCodes.has(code) || clientCodes.has(code) || serverCodes.has(code) || code.startsWith("08"))) return true;
    const errno = (e as { errno?: unknown }).errno;
    if (typeof errno === "string" && socketCodes.has(errno)) return true;
  }
  return false;
}

type OutageState = { downSince: number | null; lastProbeAt: number; probing: Promise<boolean> | null; probe: (() => Promise<void>) | null };

// On globalThis: proxy.ts, the route bundles and instrumentation.ts share one process but not one module instance.
const holder = globalThis as unknown as { __mojbokDbOutage?: OutageState };
holder.__mojbokDbOutage ??= { downSince: null, lastProbeAt: 0, probing: null, probe: null };
const state = holder.__mojbokDbOutage;

/** instrumentation.ts installs the probe (a `SELECT 1` through the app's pool); proxy.ts never imports the driver. */
export function installDatabaseProbe(probe: () => Promise<void>): void {
  state.probe = probe;
}

/** Records a failure; returns true when it was an outage (the database is then marked down). */
export function noteDatabaseError(error: unknown, at = Date.now()): boolean {
  if (!isDatabaseConnectionError(error)) return false;
  state.downSince ??= at;
  return true;
}

export const databaseMarkedDown = () => state.downSince !== null;

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(Object.assign(new Error("probe timed out"), { code: "CONNECT_TIMEOUT" })), ms);
    promise.then(
      () => (clearTimeout(timer), resolve()),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

/**
 * For proxy.ts: false while the database is marked down and the last probe (at most one per second,
 * shared by all requests) failed. Cheap when all is well: no query unless an outage was seen.
 */
export async function databaseAvailable(now = Date.now()): Promise<boolean> {
  if (state.downSince === null) return true;
  if (!state.probe) return false;
  if (!state.probing && now - state.lastProbeAt >= PROBE_INTERVAL_MS) {
    state.lastProbeAt = now;
    const probe = state.probe;
    state.probing = withTimeout(probe(), PROBE_TIMEOUT_MS).then(
      () => {
        state.downSince = null;
        return true;
      },
      () => false,
    );
    void state.probing.finally(() => (state.probing = null));
  }
  return state.probing ? state.probing : false;
}

/** Tests only: forget the outage state. */
export function resetDatabaseOutage(): void {
  state.downSince = null;
  state.lastProbeAt = 0;
  state.probing = null;
}
