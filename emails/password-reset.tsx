import { formatDateTime } from "@/lib/format";
import { defineLinkEmail } from "./define";

/** Recovery by link (e.g. MPEC "Zapomniałeś hasła?"): the link opens "Ustaw hasło do portalu". */
export const passwordReset = defineLinkEmail<{ login: string }>("Ustaw hasło do portalu", (p, ctx) => ({
  subject: `Ustawienie nowego hasła — ${ctx.brand.productName}`,
  intro: `Otrzymaliśmy prośbę o ustawienie nowego hasła do konta ${p.login} w serwisie ${ctx.brand.productName}. Aby ustawić hasło, prosimy otworzyć poniższy link:`,
  validity: `Link jest jednorazowy i ważny do ${formatDateTime(p.expiresAt)}.`,
  ignore: "Jeżeli prośba nie pochodziła od Państwa, wystarczy zignorować tę wiadomość — dotychczasowe hasło pozostaje bez zmian.",
}));
