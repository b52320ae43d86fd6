import { createTicket, ticketFieldNames, type TicketFields } from "@/lib/tickets/create";
import { readUpload } from "@/lib/tickets/multipart";
import { backWithErrors, checkTicketRequest, clearFlash, seeOther, tooLarge } from "@/lib/tickets/http";

const FORM_PAGE = "/zgloszenia/nowe";

/**
 * POST of the new-ticket form (multipart/form-data, a plain HTML form — works without JavaScript):
 * 303 to the new ticket, or back to the form with the errors and the typed text.
 */
export async function POST(request: Request): Promise<Response> {
  const checked = await checkTicketRequest(request, FORM_PAGE, "new");
  if (!checked.ok) return checked.response;
  const upload = await readUpload(request, "zalaczniki");
  if (!upload.ok) {
    if (upload.reason === "too-large") return tooLarge(FORM_PAGE);
    return backWithErrors(FORM_PAGE, "new", { formError: "Nie udało się odczytać formularza. Spróbuj ponownie.", values: {} }, checked.secure);
  }
  const fields = Object.fromEntries(ticketFieldNames.map((name) => [name, upload.fields[name] ?? ""])) as TicketFields;
  const result = await createTicket(checked.scope, checked.request, fields, upload.files);
  if (!result.ok) return backWithErrors(FORM_PAGE, "new", { fieldErrors: result.fieldErrors, values: fields }, checked.secure);
  return clearFlash(seeOther(`/zgloszenia/${result.ticketId}?wyslano=1`));
}
