import { formatDateTime } from "@/lib/format";
import { defineLinkEmail } from "./define";

/** "Moje dane": a changed address takes effect only after this link, sent to the NEW address, is opened. */
export const emailChange = defineLinkEmail<{ newEmail: string }>("Potwierdź adres e-mail", (p, ctx) => ({
  subject: `Potwierdzenie zmiany adresu e-mail — ${ctx.brand.productName}`,
  intro: `W serwisie ${ctx.brand.productName} podano ten adres (${p.newEmail}) jako nowy adres e-mail konta. Aby potwierdzić zmianę, prosimy otworzyć poniższy link:`,
  validity: `Link jest jednorazowy i ważny do ${formatDateTime(p.expiresAt)}. Do czasu potwierdzenia wiadomości będą wysyłane na dotychczasowy adres.`,
  ignore: "Jeżeli zmiana nie została zlecona przez Państwa, prosimy zignorować tę wiadomość — adres nie zostanie zmieniony.",
}));
