import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, emailPreviewPolicy, frameAncestorsFor, isEmailPreviewPath, securityHeaders, tokenPagePrefixes } from "@/lib/security/headers";
import { refuseActionRequest } from "@/lib/security/action-request";
import { REQUEST_PATH_HEADER } from "@/lib/auth/next-path";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/log/request-id";
import { databaseAvailable, RETRY_AFTER_SECONDS } from "@/lib/ops/db-outage";
import { outagePageHtml } from "@/lib/ops/outage-page";
import { hostTable, tenantById } from "@/lib/tenant/registry";
import { resolveTenant } from "@/lib/tenant/resolve";

/** Liveness and readiness answer for themselves during an outage (app/api/health, app/api/ready). */
const probePaths = new Set(["/api/health", "/api/ready"]);

/**
 * Runs before every request: a fresh CSP nonce and the security headers. It does NOT authorize
 * anything — every page, action and route handler checks the tenant and the session itself.
 */
export async function proxy(request: NextRequest) {
  // Set by the request logger in front of Next (lib/log/http.ts); made here when it is not (dev, tests).
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const development = process.env.NODE_ENV !== "production";
  // Only the console's theme previews may be framed (by the console itself); a previewed e-mail has its own policy.
  const { pathname } = request.nextUrl;
  const frameAncestors = frameAncestorsFor(pathname);
  const csp = isEmailPreviewPath(pathname) ? emailPreviewPolicy : contentSecurityPolicy(nonce, { development, frameAncestors });

  // Malformed server-action requests that Next itself would answer with a 500 get a 4xx instead.
  const refusal = refuseActionRequest({ method: request.method, pathname, headers: request.headers });
  if (refusal) {
    const refused = new NextResponse(refusal.text, {
      status: refusal.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
    refused.headers.set("Content-Security-Policy", csp);
    for (const [name, value] of Object.entries(securityHeaders({ production: !development, frameAncestors }))) refused.headers.set(name, value);
    refused.headers.set("X-Request-Id", requestId);
    return refused;
  }

  // PostgreSQL away (lib/ops/db-outage.ts): 503 + Retry-After and the branded page, before any rendering.
  if (!probePaths.has(pathname) && !(await databaseAvailable())) {
    const tenant = tenantById(resolveTenant(request.headers.get("host"), hostTable()) ?? "");
    const api = pathname.startsWith("/api/");
    const body = api ? "Serwis chwilowo niedostępny. Spróbuj ponownie później." : outagePageHtml(tenant, nonce, RETRY_AFTER_SECONDS);
    const unavailable = new NextResponse(request.method === "HEAD" ? null : body, {
      status: 503,
      headers: {
        "Content-Type": api ? "text/plain; charset=utf-8" : "text/html; charset=utf-8",
        "Cache-Control": "no-store",
        "Retry-After": String(RETRY_AFTER_SECONDS),
      },
    });
    unavailable.headers.set("Content-Security-Policy", csp);
    for (const [name, value] of Object.entries(securityHeaders({ production: !development, frameAncestors }))) unavailable.headers.set(name, value);
    unavailable.headers.set("X-Request-Id", requestId);
    return unavailable;
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  requestHeaders.set("content-security-policy", csp);
  // The page asked for, so a signed-out visit can come back to it after sign-in (lib/auth/next-path.ts).
  // Set here, over anything the client sent; the router's own _rsc parameter is not part of it.
  const asked = request.nextUrl.clone();
  asked.searchParams.delete("_rsc");
  requestHeaders.set(REQUEST_PATH_HEADER, `${asked.pathname}${asked.search}`);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders({ production: !development, frameAncestors }))) response.headers.set(name, value);
  response.headers.set("X-Request-Id", requestId);
  // Token pages: only the origin, never the path with the token, leaves in a Referer. Not
  // "no-referrer": it makes browsers send "Origin: null" with a form POST, so the pages' forms would
  // be refused without JavaScript (S16 same-origin check).
  if (tokenPagePrefixes.some((p) => request.nextUrl.pathname.startsWith(p))) response.headers.set("Referrer-Policy", "strict-origin");
  return response;
}

export const config = {
  // Not /api/import: the proxy would buffer (and cap) the request body, and imports are streamed.
  matcher: [{ source: "/((?!_next/static|_next/image|api/import).*)" }],
};
