import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders, tokenPagePrefixes } from "@/lib/security/headers";

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe("contentSecurityPolicy", () => {
  const production = directives(contentSecurityPolicy("bm9uY2U=", { development: false }));
  const development = directives(contentSecurityPolicy("bm9uY2U=", { development: true }));

  it("S17 scripts run only with the request's nonce: no unsafe-inline, no unsafe-eval in production", () => {
    const scripts = production.get("script-src")!;
    expect(scripts).toContain("'nonce-bm9uY2U='");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it("S17 styles need the nonce in production (no inline style attributes)", () => {
    expect(production.get("style-src")).toEqual(["'self'", "'nonce-bm9uY2U='"]);
  });

  it("S17 forbids plugins, base changes and framing", () => {
    expect(production.get("object-src")).toEqual(["'none'"]);
    expect(production.get("base-uri")).toEqual(["'none'"]);
    expect(production.get("frame-ancestors")).toEqual(["'none'"]);
    expect(production.get("form-action")).toEqual(["'self'"]);
    expect(production.get("default-src")).toEqual(["'self'"]);
  });

  it("development adds only what hot reload needs, and still never unsafe-inline scripts", () => {
    expect(development.get("script-src")).toContain("'unsafe-eval'");
    expect(development.get("script-src")).not.toContain("'unsafe-inline'");
    expect(development.get("style-src")).toContain("'unsafe-inline'");
  });
});

describe("securityHeaders", () => {
  it("S17 nosniff, no framing and a referrer policy everywhere; HSTS in production only", () => {
    const production = securityHeaders({ production: true });
    expect(production["X-Content-Type-Options"]).toBe("nosniff");
    expect(production["X-Frame-Options"]).toBe("DENY");
    expect(production["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(production["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
    expect(securityHeaders({ production: false })["Strict-Transport-Security"]).toBeUndefined();
  });

  it("S17 pages with a token in the URL are listed for no-referrer", () => {
    expect(tokenPagePrefixes).toContain("/aktywacja");
  });
});
