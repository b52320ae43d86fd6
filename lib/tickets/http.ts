import "server-only";
import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { getDb, type Db } from "@/db/client";
import { lookupCustomer } from "@/lib/auth/customer";
import { isSameOrigin } from "@/lib/actions/action";
import { hitRateLimit } from "@/lib/security/rate-limit";
import { clientIp } from "@/lib/tenant/server";
import { ticketRateRule } from "@/lib/tickets/limits";
import { FLASH_COOKIE, FLASH_SECONDS, encodeFlash } from "@/lib/tickets/flash";
import type { TicketActor } from "@/lib/tickets/create";

/**
 * The checks a server action gets from lib/actions/action.ts, for the multipart route handlers:
 * tenant from the host and a live session of it (S10–S14), the same pending steps as
 * requireCustomer, the same-origin check (S16) and a per-account rate limit.
 */

/** A 303 "see other" with a relative Location: the browser stays on the host it posted to. */
export function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path } });
}

export function backWithErrors(path: string, form: string, state: { fieldErrors?: Record<string, string[]>; formError?: string; values: Record<string, string> }, secure: boolean) {
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

export function refused(back: string): Response {
  return new Response(page("Nie udało się wysłać formularza", "Odśwież stronę i spróbuj ponownie.", back), {
    status: 403,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

type Checked = { ok: true; db: Db; actor: TicketActor; secure: boolean } | { ok: false; response: Response };

export async function checkTicketRequest(request: Request, back: string, form: string): Promise<Checked> {
  const found = await lookupCustomer();
  if (!found.ok) return { ok: false, response: seeOther("/") };
  const { tenant, account } = found.ctx;
  if (!(await isSameOrigin())) return { ok: false, response: refused(back) };
  const db = await getDb();
  if (account.mustChangePassword) return { ok: false, response: seeOther("/zmiana-hasla") };
  if (found.ctx.regulationPending) return { ok: false, response: seeOther("/regulamin/akceptacja") };
  const secure = new URL(request.url).protocol === "https:" || (await headers()).get("x-forwarded-proto") === "https";
  const limit = await hitRateLimit(db, ticketRateRule, account.id);
  if (!limit.allowed) {
    return { ok: false, response: backWithErrors(back, form, { formError: "Wysłano zbyt wiele wiadomości. Spróbuj ponownie za godzinę.", values: {} }, secure) };
  }
  const actor: TicketActor = { tenant, accountId: account.id, customerId: account.customerId, ip: await clientIp(), userAgent: (await headers()).get("user-agent") };
  return { ok: true, db, actor, secure };
}
