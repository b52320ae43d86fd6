import { formatAmount, formatDate } from "@/lib/format";
import type { EmailContext } from "./context";
import { defineEmail } from "./define";

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

export const paymentReceived = defineEmail<PaymentReceivedProps>({
  subject,
  body: (p, ctx) => [{ paragraph: intro(p) }, { paragraph: where }, { action: { href: ctx.url(p.path), label: "Zobacz saldo" } }],
});
