import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { checkRequest } from "@/lib/request/check";
import { REQUEST_REFUSED_TEXT } from "@/lib/request/rules";
import { MAX_REQUEST_BYTES } from "@/lib/tickets/limits";
import { findStaff, requireConsoleHost } from "@/lib/staff/session";
import { replyAsStaff } from "@/lib/staff/ticket-replies";
import { CONSOLE_FLASH_COOKIE, CONSOLE_FLASH_PATH } from "@/components/console/tickets/flash";
import { encodeFlash, FLASH_SECONDS } from "@/lib/tickets/flash";
import { readUpload } from "@/lib/tickets/multipart";
import { isUuid } from "@/lib/tickets/queries";

/**
 * POST of the console's reply form (multipart, so attachments need no JavaScript and are not held
 * to the server actions' 2 MB limit): the staff session first (a 303 when it ran out), then the one
 * request check (lib/request/check.ts: same origin, multipart within the upload limit, the full
 * session), then the body read within the same limit. Errors go back to the thread through a short-lived cookie.
 */
const seeOther = (path: string) => new NextResponse(null, { status: 303, headers: { Location: path } });

function back(
  thread: string,
  id: string,
  secure: boolean,
  state: { fieldErrors?: Record<string, string[]>; formError?: string; values: Record<string, string> },
) {
  const response = seeOther(`${thread}#odpowiedz`);
  response.cookies.set(CONSOLE_FLASH_COOKIE, encodeFlash({ form: id, ...state }), {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: CONSOLE_FLASH_PATH,
    maxAge: FLASH_SECONDS,
  });
  return response;
}

const page = (title: string, text: string, href: string, status: number) =>
  new Response(
    `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p><p><a href="${href}">Wróć do zgłoszenia</a></p></main></body></html>`,
    {
      status,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
    },
  );

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  await requireConsoleHost();
  // A session that ran out while the reply was being written: a 303 to the sign-in page, not the
  // 307 of redirect() in a route handler, which would make the browser post the form there again.
  const session = await findStaff();
  if (!session.ok) return seeOther(session.reason === "missing" ? "/konsola/logowanie" : `/konsola/logowanie?koniec=${session.reason}`);
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const thread = `/konsola/zgloszenia/${id}`;
  const checked = await checkRequest({ session: "staff", body: "multipart", maxBytes: MAX_REQUEST_BYTES });
  if (!checked.ok) {
    if (checked.reason === "too-large") return page("Przesłane pliki są za duże", "Można dołączyć najwyżej 5 plików, każdy do 10 MB.", thread, 413);
    const [title, text] = REQUEST_REFUSED_TEXT.split(". ");
    return page(title!, text!, thread, checked.status);
  }
  const secure = new URL(request.url).protocol === "https:" || (await headers()).get("x-forwarded-proto") === "https";
  const upload = await readUpload(request, "zalaczniki");
  if (!upload.ok) {
    if (upload.reason === "too-large") return page("Przesłane pliki są za duże", "Można dołączyć najwyżej 5 plików, każdy do 10 MB.", thread, 413);
    return back(thread, id, secure, { formError: "Nie udało się odczytać formularza. Spróbuj ponownie.", values: {} });
  }
  const values = { wiadomosc: upload.fields.wiadomosc ?? "", statusPoOdpowiedzi: upload.fields.statusPoOdpowiedzi ?? "" };
  const result = await replyAsStaff(checked.staff, id, { body: values.wiadomosc, status: values.statusPoOdpowiedzi }, upload.files);
  if (!result.ok) {
    if (result.notFound) notFound();
    return back(thread, id, secure, { fieldErrors: result.fieldErrors, values });
  }
  const response = seeOther(`${thread}?odpowiedziano=1#odpowiedz`);
  response.cookies.set(CONSOLE_FLASH_COOKIE, "", { path: CONSOLE_FLASH_PATH, maxAge: 0 });
  return response;
}
