/**
 * Security headers for every response (S17). Scripts and styles need the per-request nonce; in
 * development Next's overlay and hot reload need 'unsafe-eval' and inline styles.
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean; frameAncestors?: FrameAncestors }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${options.development ? " 'unsafe-inline'" : ` 'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${options.frameAncestors ?? "'none'"}`,
  ];
  return directives.join("; ");
}

export function securityHeaders(options: { production: boolean; frameAncestors?: FrameAncestors }): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": options.frameAncestors === "'self'" ? "SAMEORIGIN" : "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (options.production) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}

/** Pages that carry a token in their URL must not leak it through the Referer header. */
export const tokenPagePrefixes = ["/aktywacja", "/haslo/ustaw", "/moje-dane/potwierdz-email", "/powiadomienia/wypisz"];

type FrameAncestors = "'none'" | "'self'";

/**
 * Framing is refused everywhere except the console's theme previews, which the console's own
 * overview (/konsola/podglad) shows in iframes: /konsola/podglad/<tenant>/<screen>, one level deep
 * and nothing else — the overview page itself stays unframeable.
 */
const previewFramePath = /^\/konsola\/podglad\/[a-z0-9-]+\/[a-z0-9.-]+\/?$/;

export function frameAncestorsFor(pathname: string): FrameAncestors {
  return previewFramePath.test(pathname) ? "'self'" : "'none'";
}

/**
 * A rendered e-mail needs inline styles (mail clients take nothing else), so its preview gets a
 * policy of its own: no scripts, no requests but images, framed only by the console.
 */
export const emailPreviewPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data: 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

export const isEmailPreviewPath = (pathname: string) => /^\/konsola\/podglad\/[a-z0-9-]+\/email\/?$/.test(pathname);
