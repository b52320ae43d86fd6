import { formatAmount, formatDate } from "@/lib/format";
import type { EmailContext, EmailDefinition } from "./context";
import { ActionLink, EmailLayout, P } from "./layout";
import { textEmail } from "./text";

/** A payment was booked. `amount` is in grosze; `paidOn` a calendar date (YYYY-MM-DD). */
export type PaymentReceivedProps = { amount: number; paidOn: string; invoiceNumber?: string; path: string };

const subject = (_: PaymentReceivedProps, ctx: EmailContext) => `Potwierdzenie otrzymania wpłaty — ${ctx.brand.productName}`;
const intro = (p: PaymentReceivedProps) =>
  `Dziękujemy za wpłatę. Dnia ${formatDate(p.paidOn)} zaksięgowaliśmy kwotę ${formatAmount(p.amount)}${p.invoiceNumber ? ` tytułem dokumentu ${p.invoiceNumber}` : ""}.`;
const where = "Aktualne saldo i historia wpłat są dostępne w serwisie:";

function Component({ ctx, ...p }: PaymentReceivedProps & { ctx: EmailContext }) {
  return (
    <EmailLayout ctx={ctx} preview={subject(p, ctx)}>
      <P>{intro(p)}</P>
      <P>{where}</P>
      <ActionLink ctx={ctx} href={ctx.url(p.path)} label="Zobacz saldo" />
    </EmailLayout>
  );
}

export const paymentReceived: EmailDefinition<PaymentReceivedProps> = {
  subject,
  Component,
  text: (p, ctx) => textEmail(ctx, [intro(p), where, ctx.url(p.path)]),
};
