import { formatDate } from "@/lib/format";
import type { EmailContext, EmailDefinition } from "./context";
import { ActionLink, EmailLayout, P } from "./layout";
import { textEmail } from "./text";

/**
 * A ticket was opened: the acknowledgement with the number to quote. Like the reply notice, it
 * carries the subject only — the matter itself stays in the portal. A complaint says by when the
 * seller must answer (14 days from receipt).
 */
export type TicketReceivedProps = {
  ticketNumber: string;
  ticketSubject: string;
  /** The tenant's word: Polenergia's "zgłoszenie", MPEC's "sprawa". */
  wording: "zgloszenie" | "sprawa";
  receivedAt: Date;
  /** Complaints only: the last day of the answer. */
  answerDueAt: Date | null;
  path: string;
};

const noun = (p: TicketReceivedProps) => (p.wording === "sprawa" ? { acc: "sprawę", num: "sprawy" } : { acc: "zgłoszenie", num: "zgłoszenia" });

const subject = (p: TicketReceivedProps) => `Przyjęliśmy ${noun(p).acc} ${p.ticketNumber}: ${p.ticketSubject}`;
const intro = (p: TicketReceivedProps, ctx: EmailContext) =>
  `Dziękujemy. ${formatDate(p.receivedAt)} przyjęliśmy w serwisie ${ctx.brand.productName} ${noun(p).acc} „${p.ticketSubject}”.`;
const numberLine = (p: TicketReceivedProps) => `Numer ${noun(p).num}: ${p.ticketNumber}`;
const quote = "Prosimy podawać ten numer w kontaktach z Biurem Obsługi Klienta. Odpowiedź pojawi się w serwisie; o każdej powiadomimy e-mailem:";
const deadline = (p: TicketReceivedProps, due: Date) => `To jest reklamacja: odpowiemy na nią najpóźniej ${formatDate(due)} (14 dni od jej otrzymania).`;

function Component({ ctx, ...p }: TicketReceivedProps & { ctx: EmailContext }) {
  return (
    <EmailLayout ctx={ctx} preview={subject(p)}>
      <P>{intro(p, ctx)}</P>
      <P>
        <strong>{numberLine(p)}</strong>
      </P>
      {p.answerDueAt ? <P>{deadline(p, p.answerDueAt)}</P> : null}
      <P>{quote}</P>
      <ActionLink ctx={ctx} href={ctx.url(p.path)} label={p.wording === "sprawa" ? "Zobacz sprawę" : "Zobacz zgłoszenie"} />
    </EmailLayout>
  );
}

export const ticketReceived: EmailDefinition<TicketReceivedProps> = {
  subject,
  Component,
  text: (p, ctx) => textEmail(ctx, [intro(p, ctx), numberLine(p), ...(p.answerDueAt ? [deadline(p, p.answerDueAt)] : []), quote, ctx.url(p.path)]),
};
