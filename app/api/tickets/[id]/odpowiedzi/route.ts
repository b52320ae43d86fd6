import { notFound } from "next/navigation";
import { replyToTicket } from "@/lib/tickets/reply";
import { readUpload } from "@/lib/tickets/multipart";
import { backWithErrors, checkTicketRequest, clearFlash, seeOther, tooLarge } from "@/lib/tickets/http";
import { isUuid } from "@/lib/tickets/queries";

/** POST of the reply form of a thread: the same checks as a new ticket; someone else's ticket is a 404. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const thread = `/zgloszenia/${id}`;
  const checked = await checkTicketRequest(request, `${thread}#odpowiedz`, id);
  if (!checked.ok) return checked.response;
  const upload = await readUpload(request, "zalaczniki");
  if (!upload.ok) {
    if (upload.reason === "too-large") return tooLarge(thread);
    return backWithErrors(`${thread}#odpowiedz`, id, { formError: "Nie udało się odczytać formularza. Spróbuj ponownie.", values: {} }, checked.secure);
  }
  const body = upload.fields.wiadomosc ?? "";
  const result = await replyToTicket(checked.scope, checked.request, id, body, upload.files);
  if (!result.ok) {
    if (result.notFound) notFound();
    return backWithErrors(`${thread}#odpowiedz`, id, { fieldErrors: result.fieldErrors, values: { wiadomosc: body } }, checked.secure);
  }
  return clearFlash(seeOther(`${thread}?odpowiedziano=1#odpowiedz`));
}
