import { getDb } from "@/db/client";
import { requestMeta } from "@/lib/request/meta";
import { findTenant } from "@/lib/tenant/server";
import { unsubscribe } from "@/lib/notifications/unsubscribe";
import { isOneClickBody } from "@/lib/notifications/one-click";
import { UNSUBSCRIBE_PAGE } from "@/lib/notifications/notify";

/**
 * The `List-Unsubscribe` URL of notifications (RFC 8058, docs/email.md §7). A mail client POSTs
 * `List-Unsubscribe=One-Click` here without cookies or an Origin of ours: the signed token is what
 * authenticates it (S35), and the host's tenant must be the token's. A GET (a link scanner, a person)
 * changes nothing: it is sent on to the confirmation page.
 */
const MAX_BYTES = 4096;

const answer = (status: number, body: string) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function POST(request: Request) {
  const tenant = await findTenant();
  if (!tenant) return answer(404, "Nie znaleziono.");
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BYTES) return answer(413, "Za duże zapytanie.");
  if (!(await isOneClickBody(request, MAX_BYTES))) return answer(400, "Oczekiwano List-Unsubscribe=One-Click.");
  const token = new URL(request.url).searchParams.get("t") ?? "";
  const claim = await unsubscribe(await getDb(), tenant, token, { ...(await requestMeta()), via: "one-click" });
  if (!claim) return answer(404, "Nieprawidłowy link.");
  return answer(200, "Wypisano.");
}

export async function GET(request: Request) {
  const url = new URL(request.url);
  return new Response(null, { status: 303, headers: { location: `${UNSUBSCRIBE_PAGE}${url.search}`, "cache-control": "no-store" } });
}
