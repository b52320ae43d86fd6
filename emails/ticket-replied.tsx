import type { EmailContext, EmailDefinition } from "./context";
import { ActionLink, EmailLayout, P } from "./layout";
import { textEmail } from "./text";

/**
 * Staff answered a ticket. The reply itself stays in the portal: the message only says where to
 * read it, so nothing about the customer's matter travels by e-mail. The ticket's number is in the
 * subject and the body, so the customer can quote it.
 */
export type TicketRepliedProps = { ticketNumber: string; ticketSubject: string; path: string };

const subject = (p: TicketRepliedProps) => `Nowa odpowiedź w sprawie ${p.ticketNumber}: ${p.ticketSubject}`;
const intro = (p: TicketRepliedProps, ctx: EmailContext) =>
  `Biuro Obsługi Klienta odpowiedziało w sprawie nr ${p.ticketNumber} „${p.ticketSubject}”. Odpowiedź można przeczytać po zalogowaniu do serwisu ${ctx.brand.productName}:`;

function Component({ ctx, ...p }: TicketRepliedProps & { ctx: EmailContext }) {
  return (
    <EmailLayout ctx={ctx} preview={subject(p)}>
      <P>{intro(p, ctx)}</P>
      <ActionLink ctx={ctx} href={ctx.url(p.path)} label="Przeczytaj odpowiedź" />
    </EmailLayout>
  );
}

export const ticketReplied: EmailDefinition<TicketRepliedProps> = {
  subject,
  Component,
  text: (p, ctx) => textEmail(ctx, [intro(p, ctx), ctx.url(p.path)]),
};
