import { formatAmount, formatDate } from "@/lib/format";
import type { EmailContext, EmailDefinition } from "./context";
import { ActionLink, EmailLayout, P } from "./layout";
import { textEmail } from "./text";

/**
 * A payment was received: an online payment confirmed by the gateway. `amount` is in grosze; `paidOn`
 * a calendar date (YYYY-MM-DD); `invoiceNumbers` the documents it pays (the older single
 * `invoiceNumber` still works).
 */
export type PaymentReceivedProps = { amount: number; paidOn: string; invoiceNumber?: string; invoiceNumbers?: string[]; path: string };

const documentsOf = (p: PaymentReceivedProps) => p.invoiceNumbers ?? (p.invoiceNumber ? [p.invoiceNumber] : []);

const subject = (_: PaymentReceivedProps, ctx: EmailContext) => `Potwierdzenie otrzymania wpłaty — ${ctx.brand.productName}`;
const intro = (p: PaymentReceivedProps) => {
  const docs = documentsOf(p);
  const title = docs.length === 0 ? "" : docs.length === 1 ? ` tytułem dokumentu ${docs[0]}` : ` tytułem dokumentów ${docs.join(", ")}`;
  return `Dziękujemy za wpłatę. Dnia ${formatDate(p.paidOn)} otrzymaliśmy kwotę ${formatAmount(p.amount)}${title}. Saldo uwzględnia ją od razu; w historii wpłat pojawi się po zaksięgowaniu.`;
};
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
