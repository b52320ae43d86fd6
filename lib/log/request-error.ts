import { log } from "@/lib/log/logger";
import { currentRequest, loggedRoute } from "@/lib/log/http";
import { noteDatabaseError } from "@/lib/ops/db-outage";

type ErrorRequest = Readonly<{ path: string; method: string }>;
type ErrorContext = Readonly<{ routeType: string; routePath: string }>;

/**
 * instrumentation.ts's `onRequestError`, synchronous on purpose: it runs before Next writes the
 * error answer, so a database outage marked here still turns that answer into a 503 (lib/log/http.ts).
 */
export function reportRequestError(error: unknown, request: ErrorRequest, context: ErrorContext): void {
  const current = currentRequest();
  const outage = noteDatabaseError(error);
  if (outage && current) current.databaseDown = true;
  const digest = typeof error === "object" && error !== null && "digest" in error ? String((error as { digest: unknown }).digest) : undefined;
  log().error(
    {
      reqId: current?.id,
      method: request.method,
      route: loggedRoute(request.path),
      routeType: context.routeType,
      routePath: context.routePath,
      digest,
      databaseOutage: outage,
      err: error,
    },
    "request failed",
  );
}
