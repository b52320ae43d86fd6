import { REQUEST_REFUSED_TEXT } from "@/lib/request/refusal";

/**
 * Server-action requests that Next.js itself would answer with a 500 before any of our code runs
 * (found by the fuzz suite, docs/decisions/0010-fuzzing.md). proxy.ts answers them with a 4xx and a
 * Polish message instead. Only what Next refuses anyway is refused here, so no real form changes its
 * fate; the same-origin check of the action wrappers (S16) stays where it is.
 */

/** next.config.ts `experimental.serverActions.bodySizeLimit` ("2mb"); Next turns a larger body into a 500. */
export const ACTION_BODY_LIMIT = 2 * 1024 * 1024;

export const ACTION_TOO_LARGE_TEXT = "Przesłane dane są za duże.";

export type ActionRefusal = { status: 400 | 403 | 413; text: string };

type RequestFacts = { method: string; pathname: string; headers: Headers };

/** Next treats these POSTs to a page as possible server actions (server-action-request-meta.js). */
function isPossibleAction(headers: Headers): { fetch: boolean; possible: boolean } {
  const fetch = headers.has("next-action");
  const type = headers.get("content-type");
  const possible = fetch || type === "application/x-www-form-urlencoded" || !!type?.startsWith("multipart/form-data");
  return { fetch, possible };
}

/** Next's own host for the CSRF comparison: the first X-Forwarded-Host, else Host (action-handler.js). */
function requestHostOf(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

function originHostOf(origin: string): string | null {
  if (origin === "null") return "null";
  try {
    return new URL(origin).host;
  } catch {
    return null; // Next calls new URL(origin) unguarded: an unparseable Origin is a 500 there
  }
}

export function refuseActionRequest({ method, pathname, headers }: RequestFacts): ActionRefusal | null {
  // Route handlers under /api (the import API, the payment gateway's notifications) check their own requests.
  if (method !== "POST" || pathname.startsWith("/api/")) return null;
  const { fetch, possible } = isPossibleAction(headers);
  if (!possible) return null;

  const origin = headers.get("origin");
  if (origin !== null) {
    const originHost = originHostOf(origin);
    // Next aborts a cross-origin action with a 500 ("Invalid Server Actions request").
    if (originHost === null || originHost !== requestHostOf(headers)) return { status: 403, text: REQUEST_REFUSED_TEXT };
  }
  if (!fetch) return null;

  // Our client sends a fetch action as multipart/form-data (with its boundary) or as text/plain;
  // anything else makes React's decodeReply throw, and Next answers that with a 500.
  const type = headers.get("content-type") ?? "";
  const multipart = type.startsWith("multipart/form-data") && /;\s*boundary=/i.test(type);
  const urlEncoded = type === "application/x-www-form-urlencoded"; // Next answers these itself with a 404
  if (!multipart && !urlEncoded && !type.startsWith("text/plain")) return { status: 400, text: REQUEST_REFUSED_TEXT };

  const length = Number(headers.get("content-length"));
  if (Number.isFinite(length) && length > ACTION_BODY_LIMIT) return { status: 413, text: ACTION_TOO_LARGE_TEXT };
  return null;
}
