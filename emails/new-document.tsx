import { formatAmount, formatDate } from "@/lib/format";
import type { EmailContext } from "./context";
import { defineEmail, type EmailBlock } from "./define";

/**
 * A new document in the portal after an import (docs/email.md §7). `kindLabel` is the document's kind
 * as the portal names it ("Faktura"); `amount` its gross in grosze. `explanation`: optional plain-
 * language paragraphs about where the amount comes from ("Skąd ta kwota?"), shown when given.
 */
export type NewDocumentProps = {
  kindLabel: string;
  documentNumber: string;
  issueDate: string;
  dueDate: string;
  amount: number;
  path: string;
  explanation?: string[];
};

const subject = (p: NewDocumentProps, ctx: EmailContext) => `Nowy dokument w serwisie ${ctx.brand.productName}: ${p.documentNumber}`;

const intro = (p: NewDocumentProps, ctx: EmailContext) =>
  `W serwisie ${ctx.brand.productName} jest nowy dokument: ${p.kindLabel} nr ${p.documentNumber} z dnia ${formatDate(p.issueDate)}.`;

export const newDocument = defineEmail<NewDocumentProps>({
  subject,
  body: (p, ctx): EmailBlock[] => [
    { paragraph: intro(p, ctx) },
    {
      values: [
        { label: "Kwota", value: formatAmount(p.amount) },
        { label: "Termin płatności", value: formatDate(p.dueDate) },
      ],
    },
    ...(p.explanation ?? []).map((paragraph) => ({ paragraph })),
    { action: { href: ctx.url(p.path), label: "Zobacz dokument" } },
  ],
});
