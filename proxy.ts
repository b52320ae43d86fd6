import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, securityHeaders, tokenPagePrefixes } from "@/lib/security/headers";

/**
 * Runs before every request: a fresh CSP nonce and the security headers. It does NOT authorize
 * anything — every page, action and route handler checks the tenant and the session itself.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const development = process.env.NODE_ENV !== "production";
  const csp = contentSecurityPolicy(nonce, { development });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders({ production: !development }))) response.headers.set(name, value);
  if (tokenPagePrefixes.some((p) => request.nextUrl.pathname.startsWith(p))) response.headers.set("Referrer-Policy", "no-referrer");
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
