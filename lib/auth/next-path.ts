/**
 * "After sign-in, back where you were": a portal page opened without a session (a link from an
 * e-mail: a ticket reply, an e-mail confirmation, an invoice) sends the visitor to the sign-in page
 * with `?next=<the page>`, and the page travels on through "Wymagana zmiana hasła" and the
 * regulation gate. Only a path on this very host is ever followed — no open redirect; anything
 * else leads to the tenant's home module. No Next here: the rule is tested on its own.
 */
export const NEXT_PARAM = "next";

/** Set by proxy.ts on every request: the path and query the browser asked for (server components cannot see it otherwise). */
export const REQUEST_PATH_HEADER = "x-mojbok-request-path";

const MAX_LENGTH = 2000;
const BASE = "http://next-path.invalid";

/**
 * `raw` as a path of this host ("/faktury/FV%2F1?rok=2026"), or null. Refused: anything that is not
 * a single-slash path ("//evil.example", "https://…", "javascript:…"), backslashes (browsers read
 * "/\evil.example" as "//evil.example"), spaces and control characters (browsers drop tabs and
 * newlines, so "/\t/evil.example" would become "//evil.example"), and paths whose dot segments
 * resolve to "//…" ("/.//evil.example"). Percent-encoded text stays encoded, so "/%2F%2Fevil.example"
 * is a path here, never a host.
 */
export function safeNextPath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_LENGTH) return null;
  // Printable ASCII only, without "\" (0x5c); the browser sent the path percent-encoded anyway.
  if (!/^\/[\x21-\x5b\x5d-\x7e]*$/.test(raw) || raw.startsWith("//")) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = `${url.pathname}${url.search}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : null;
}

/** Where to go after sign-in (or a gate): the asked-for page when it is safe, else the tenant's home. */
export function afterSignInPath(next: unknown, home: string): string {
  return safeNextPath(next) ?? home;
}

/**
 * `path` with `?next=` (or `&next=`) naming the page to come back to — left off when there is none
 * or it is the home page anyway, so the usual addresses stay plain.
 */
export function withNext(path: string, next: string | null, home: string): string {
  const safe = safeNextPath(next);
  if (!safe || safe === home) return path;
  return `${path}${path.includes("?") ? "&" : "?"}${NEXT_PARAM}=${encodeURIComponent(safe)}`;
}
