import { formatDateTime } from "@/lib/format";
import type { EmailContext } from "./context";
import { defineEmail } from "./define";

/** "Moje dane": a changed address takes effect only after this link, sent to the NEW address, is opened. */
export type EmailChangeProps = { newEmail: string; path: string; expiresAt: Date };

const subject = (_: EmailChangeProps, ctx: EmailContext) => `Potwierdzenie zmiany adresu e-mail — ${ctx.brand.productName}`;
const intro = (p: EmailChangeProps, ctx: EmailContext) =>
  `W serwisie ${ctx.brand.productName} podano ten adres (${p.newEmail}) jako nowy adres e-mail konta. Aby potwierdzić zmianę, prosimy otworzyć poniższy link:`;
const validity = (p: EmailChangeProps) =>
  `Link jest jednorazowy i ważny do ${formatDateTime(p.expiresAt)}. Do czasu potwierdzenia wiadomości będą wysyłane na dotychczasowy adres.`;
const ignore = "Jeżeli zmiana nie została zlecona przez Państwa, prosimy zignorować tę wiadomość — adres nie zostanie zmieniony.";

export const emailChange = defineEmail<EmailChangeProps>({
  subject,
  body: (p, ctx) => [
    { paragraph: intro(p, ctx) },
    { action: { href: ctx.url(p.path), label: "Potwierdź adres e-mail" } },
    { paragraph: validity(p) },
    { paragraph: ignore },
  ],
});
