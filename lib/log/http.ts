import http from "node:http";
import { AsyncLocalStorage } from "node:async_hooks";
import { log } from "@/lib/log/logger";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/log/request-id";
import { hostTable } from "@/lib/tenant/registry";
import { resolveHost } from "@/lib/tenant/resolve";
import { tokenPagePrefixes } from "@/lib/security/headers";
import { RETRY_AFTER_SECONDS } from "@/lib/ops/db-outage";

/**
 * One JSON line per HTTP request, with its final status and duration (docs/decisions/0016-logs-and-outages.md).
 *
 * Next 16 has no hook that sees both the request and the answer: proxy.ts runs before the route and
 * never learns the status, `onRequestError` sees only failures, and its OpenTelemetry spans need an
 * SDK. A custom server is not wanted. What every request does pass through, in `next start`'s one
 * process, is node:http's `Server#emit("request")`: instrumentation.ts wraps it once, at start, and
 * the wrapper (1) fixes the request id before Next sees the request — so proxy.ts, route handlers and
 * the error hook all read the same one — and (2) writes the line when the response finishes or the
 * client goes away. The same wrapper keeps the request's context (AsyncLocalStorage) so a database
 * outage met while rendering can turn the answer into a 503 (lib/ops/db-outage.ts).
 */

export type RequestContext = { id: string; res: http.ServerResponse; databaseDown: boolean };

const holder = globalThis as unknown as { __mojbokRequestContext?: AsyncLocalStorage<RequestContext>; __mojbokHttpLogging?: boolean };
holder.__mojbokRequestContext ??= new AsyncLocalStorage<RequestContext>();
const storage = holder.__mojbokRequestContext;

/** The current request's context, inside a request of `next start` (undefined in scripts and tests). */
export const currentRequest = (): RequestContext | undefined => storage.getStore();

/** The path as logged: no query string, and no token after a token page's prefix. */
export function loggedRoute(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0]!.split("#")[0]!;
  const prefix = tokenPagePrefixes.find((p) => path === p || path.startsWith(`${p}/`));
  return prefix && path !== prefix ? `${prefix}/[token]` : path;
}

function tenantOf(host: string | undefined): string | null {
  try {
    const target = resolveHost(host, hostTable());
    return target?.kind === "tenant" ? target.tenantId : (target?.kind ?? null);
  } catch {
    return null;
  }
}

/** Status the client saw; a 500 that was a database outage has been turned into 503 by then. */
function finish(req: http.IncomingMessage, res: http.ServerResponse, context: RequestContext, started: bigint, outcome: "finished" | "aborted") {
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const line = {
    reqId: context.id,
    tenant: tenantOf(req.headers.host),
    method: req.method,
    route: loggedRoute(req.url),
    status: res.statusCode,
    ms: Math.round(ms * 10) / 10,
    ...(outcome === "aborted" ? { aborted: true } : {}),
  };
  if (res.statusCode >= 500) log().error(line, "request");
  else log().info(line, "request");
}

/** Wraps http.Server#emit once per process. Called by instrumentation.ts in the Node runtime. */
export function installRequestLogging(): void {
  if (holder.__mojbokHttpLogging) return;
  holder.__mojbokHttpLogging = true;
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== "request") return emit.call(this, event, ...args);
    const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
    const started = process.hrtime.bigint();
    const context: RequestContext = { id: requestIdFrom(req.headers[REQUEST_ID_HEADER]), res, databaseDown: false };
    req.headers[REQUEST_ID_HEADER] = context.id;
    res.setHeader("X-Request-Id", context.id);
    let done = false;
    const end = (outcome: "finished" | "aborted") => {
      if (done) return;
      done = true;
      finish(req, res, context, started, outcome);
    };
    // A 5xx caused by a database outage goes out as 503 + Retry-After (lib/ops/db-outage.ts). Node's
    // implicit header write calls this.writeHead too, so this sees every status that leaves.
    const writeHead = res.writeHead;
    res.writeHead = function (this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
      if (context.databaseDown && statusCode >= 500 && !this.headersSent) {
        statusCode = 503;
        this.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
        this.setHeader("Cache-Control", "no-store");
      }
      return (writeHead as (...a: unknown[]) => http.ServerResponse).call(this, statusCode, ...rest);
    } as typeof res.writeHead;
    res.once("finish", () => end("finished"));
    // "aborted" only when the app had not finished its answer; a peer closing right after the last byte is not.
    res.once("close", () => end(res.writableEnded ? "finished" : "aborted"));
    return storage.run(context, () => emit.call(this, event, ...args));
  } as typeof http.Server.prototype.emit;
}
