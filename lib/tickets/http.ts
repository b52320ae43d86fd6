import "server-only";
import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import type { CustomerScope } from "@/lib/auth/customer-scope";
import { checkRequest } from "@/lib/request/check";
import { REQUEST_REFUSED_TEXT } from "@/lib/request/rules";
import type { RequestMeta } from "@/lib/request/meta";
import { hitRateLimit } from "@/lib/security/rate-limit";
import { MAX_REQUEST_BYTES, ticketRateRule } from "@/lib/tickets/limits";
import { FLASH_COOKIE, FLASH_SECONDS, encodeFlash } from "@/lib/tickets/flash";
import { ROLES } from "@/lib/auth/customer-scope";

/** The answers of the ticket upload routes (a plain HTML form posts there, so they are pages and 303s). */

/** A 303 "see other" with a relative Location: the browser stays on the host it posted to. */
export function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path } });
}

export function backWithErrors(
  path: string,
  form: string,
  state: { fieldErrors?: Record<string, string[]>; formError?: string; values: Record<string, string> },
  secure: boolean,
) {
  const response = seeOther(path);
  response.cookies.set(FLASH_COOKIE, encodeFlash({ form, ...state }), { httpOnly: true, sameSite: "lax", secure, path: "/zgloszenia", maxAge: FLASH_SECONDS });
  return response;
}

export function clearFlash(response: NextResponse): NextResponse {
  response.cookies.set(FLASH_COOKIE, "", { path: "/zgloszenia", maxAge: 0 });
  return response;
}

const page = (title: string, text: string, back: string) =>
  `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p><p><a href="${back}">Wróć do formularza</a></p></body></html>`;

export function tooLarge(back: string): Response {
  return new Response(page("Przesłane pliki są za duże", "Można dołączyć najwyżej 5 plików, każdy do 10 MB.", back), {
    status: 413,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export function refused(back: string, status = 403): Response {
  const [title, text] = REQUEST_REFUSED_TEXT.split(". ");
  return new Response(page(title!, text!, back), {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

type Checked = { ok: true; scope: CustomerScope; request: RequestMeta; secure: boolean } | { ok: false; response: Response };

/**
 * The one request check (lib/request/check.ts) for the ticket upload routes: same origin, a
 * multipart body within the upload limit, the tickets module, a live session of this tenant past its
 * pending steps (a 303 there, back to `back` afterwards, not the 307 of redirect() in a route handler,
 * which would post the form again) — then a per-account rate limit.
 */
export async function checkTicketRequest(request: Request, back: string, form: string): Promise<Checked> {
  const checked = await checkRequest({
    session: "customer",
    body: "multipart",
    maxBytes: MAX_REQUEST_BYTES,
    module: "tickets",
    roles: ROLES.full,
    back: back.split("#")[0],
  });
  if (!checked.ok) {
    if (checked.reason === "session") return { ok: false, response: seeOther(checked.to) };
    if (checked.reason === "module") notFound();
    if (checked.reason === "too-large") return { ok: false, response: tooLarge(back) };
    return { ok: false, response: refused(back, checked.status) };
  }
  const { scope } = checked.customer;
  const secure = new URL(request.url).protocol === "https:" || (await headers()).get("x-forwarded-proto") === "https";
  const limit = await hitRateLimit(scope.db, ticketRateRule, scope.accountId);
  if (!limit.allowed) {
    return {
      ok: false,
      response: backWithErrors(back, form, { formError: "Wysłano zbyt wiele wiadomości. Spróbuj ponownie za godzinę.", values: {} }, secure),
    };
  }
  return { ok: true, scope, request: checked.meta, secure };
}
