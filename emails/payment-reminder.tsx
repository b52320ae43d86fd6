import { formatAmount, formatDate } from "@/lib/format";
import type { EmailContext } from "./context";
import { defineEmail } from "./define";

/**
 * A payment reminder (docs/email.md §7): `due` three days before the due date, `overdue` once the
 * date has passed. `amount` is what is still to pay, in grosze; `dueDate` a calendar date.
 */
export type PaymentReminderProps = { stage: "due" | "overdue"; documentNumber: string; dueDate: string; amount: number; path: string };

const subject = (p: PaymentReminderProps, ctx: EmailContext) =>
  p.stage === "due"
    ? `Przypomnienie o terminie płatności ${p.documentNumber} — ${ctx.brand.productName}`
    : `Minął termin płatności ${p.documentNumber} — ${ctx.brand.productName}`;

const intro = (p: PaymentReminderProps) =>
  p.stage === "due"
    ? `Przypominamy, że ${formatDate(p.dueDate)} mija termin płatności dokumentu ${p.documentNumber}. Do zapłaty pozostało ${formatAmount(p.amount)}.`
    : `Termin płatności dokumentu ${p.documentNumber} minął ${formatDate(p.dueDate)}. Do zapłaty pozostało ${formatAmount(p.amount)}.`;

const settled = "Jeśli wpłata została już wykonana, prosimy uznać tę wiadomość za nieaktualną — zaksięgowanie wpłaty może potrwać kilka dni.";

export const paymentReminder = defineEmail<PaymentReminderProps>({
  subject,
  body: (p, ctx) => [{ paragraph: intro(p) }, { paragraph: settled }, { action: { href: ctx.url(p.path), label: "Zobacz płatności" } }],
});
