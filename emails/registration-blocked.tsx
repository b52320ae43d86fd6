import { formatDateTime } from "@/lib/format";
import type { EmailContext } from "./context";
import { defineEmail } from "./define";

/**
 * The fifth failed proof of identity at registration blocks the identifier for 24 hours (S26). This
 * goes to the address the CRM holds for its customer — not to anything the person at the form typed —
 * so the real customer learns that somebody tried, and how to register anyway.
 */
export type RegistrationBlockedProps = {
  /** "dla numeru odbiorcy 100001", "dla numeru PESEL zakończonego cyframi 1359"… */
  what: string;
  blockedUntil: Date;
};

const subject = (_: RegistrationBlockedProps, ctx: EmailContext) => `Rejestracja w serwisie ${ctx.brand.productName} została wstrzymana`;
const intro = (p: RegistrationBlockedProps, ctx: EmailContext) =>
  `Pięć prób rejestracji w serwisie ${ctx.brand.productName} ${p.what} zakończyło się niepowodzeniem: podane dane nie potwierdziły tożsamości. ` +
  `Dla bezpieczeństwa rejestracja ${p.what} jest wstrzymana do ${formatDateTime(p.blockedUntil)}.`;
const advice = (ctx: EmailContext) =>
  `Jeżeli to Państwo próbowali założyć konto, prosimy o kontakt z Biurem Obsługi Klienta${ctx.brand.contacts ? ` (tel. ${ctx.brand.contacts.phone})` : ""} — pomożemy je założyć. ` +
  "Jeżeli nie, ktoś mógł próbować założyć konto na Państwa dane: prosimy nas o tym poinformować. Państwa dane ani ewentualne konto nie zostały zmienione.";

export const registrationBlocked = defineEmail<RegistrationBlockedProps>({
  subject,
  body: (p, ctx) => [{ paragraph: intro(p, ctx) }, { paragraph: advice(ctx) }, { textOnly: ["Strona serwisu:", ctx.url("/")] }],
});
