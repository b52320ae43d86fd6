import { formatDateTime } from "@/lib/format";
import type { EmailContext } from "./context";
import { defineEmail } from "./define";

/** After registration (contract flow): the single-use activation link, valid 24 hours (docs/accounts.md §5). */
export type ActivationProps = { login: string; path: string; expiresAt: Date };

const subject = (_: ActivationProps, ctx: EmailContext) => `Aktywacja konta w serwisie ${ctx.brand.productName}`;
const intro = (p: ActivationProps, ctx: EmailContext) =>
  `Dziękujemy za rejestrację w serwisie ${ctx.brand.productName} (login: ${p.login}). Aby aktywować konto, prosimy otworzyć poniższy link:`;
const validity = (p: ActivationProps) =>
  `Link jest jednorazowy i ważny 24 godziny (do ${formatDateTime(p.expiresAt)}). Po tym czasie konieczna będzie ponowna rejestracja. Po aktywacji otrzymają Państwo osobną wiadomość z hasłem jednorazowym do pierwszego logowania.`;
const ignore = "Jeżeli rejestracja nie została wykonana przez Państwa, prosimy zignorować tę wiadomość — konto nie zostanie aktywowane.";

export const activation = defineEmail<ActivationProps>({
  subject,
  body: (p, ctx) => [
    { paragraph: intro(p, ctx) },
    { action: { href: ctx.url(p.path), label: "Aktywuj konto" } },
    { paragraph: validity(p) },
    { paragraph: ignore },
  ],
});
