import type { EmailContext } from "./context";
import { defineEmail } from "./define";

/**
 * Staff answered a ticket. The reply itself stays in the portal: the message only says where to
 * read it, so nothing about the customer's matter travels by e-mail. The ticket's number is in the
 * subject and the body, so the customer can quote it.
 */
export type TicketRepliedProps = { ticketNumber: string; ticketSubject: string; path: string };

const subject = (p: TicketRepliedProps) => `Nowa odpowiedź w sprawie ${p.ticketNumber}: ${p.ticketSubject}`;
const intro = (p: TicketRepliedProps, ctx: EmailContext) =>
  `Biuro Obsługi Klienta odpowiedziało w sprawie nr ${p.ticketNumber} „${p.ticketSubject}”. Odpowiedź można przeczytać po zalogowaniu do serwisu ${ctx.brand.productName}:`;

export const ticketReplied = defineEmail<TicketRepliedProps>({
  subject,
  body: (p, ctx) => [{ paragraph: intro(p, ctx) }, { action: { href: ctx.url(p.path), label: "Przeczytaj odpowiedź" } }],
});
