import { formatDateTime } from "@/lib/format";
import { defineLinkEmail } from "./define";

/** After registration (contract flow): the single-use activation link, valid 24 hours (docs/accounts.md §5). */
export const activation = defineLinkEmail<{ login: string }>("Aktywuj konto", (p, ctx) => ({
  subject: `Aktywacja konta w serwisie ${ctx.brand.productName}`,
  intro: `Dziękujemy za rejestrację w serwisie ${ctx.brand.productName} (login: ${p.login}). Aby aktywować konto, prosimy otworzyć poniższy link:`,
  validity: `Link jest jednorazowy i ważny 24 godziny (do ${formatDateTime(p.expiresAt)}). Po tym czasie konieczna będzie ponowna rejestracja. Po aktywacji otrzymają Państwo osobną wiadomość z hasłem jednorazowym do pierwszego logowania.`,
  ignore: "Jeżeli rejestracja nie została wykonana przez Państwa, prosimy zignorować tę wiadomość — konto nie zostanie aktywowane.",
}));
