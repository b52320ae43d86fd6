import { getDb } from "@/db/client";
import { log } from "@/lib/log/logger";
import { checkReadiness } from "@/lib/ops/readiness";
import { RETRY_AFTER_SECONDS } from "@/lib/ops/db-outage";

export const dynamic = "force-dynamic";

/**
 * Readiness for the load balancer (scripts/deploy/haproxy.cfg): 200 only when the database answers
 * and its migrations are current (lib/ops/readiness.ts); else 503. /api/health stays the liveness
 * check. No tenant or session: the proxy calls it by address. The cause goes to the log only (S24).
 */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  let readiness;
  try {
    readiness = await checkReadiness(await getDb());
  } catch (error) {
    readiness = { ready: false as const, reason: "database" as const, error };
  }
  if (readiness.ready) return Response.json({ ready: true }, { headers });
  if (readiness.reason === "database") log().warn({ err: readiness.error }, "not ready: database unreachable");
  else log().warn({ pending: readiness.pending }, "not ready: migrations pending");
  return Response.json({ ready: false, reason: readiness.reason }, { status: 503, headers: { ...headers, "Retry-After": String(RETRY_AFTER_SECONDS) } });
}
