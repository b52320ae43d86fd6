import { formatDateTime } from "@/lib/format";
import type { EmailContext } from "./context";
import { defineEmail } from "./define";

/**
 * A registration gave an e-mail address other than the one the CRM holds for the customer. The
 * CRM's address hears of it, so a customer whose invoice fell into other hands learns that an account
 * now exists in their name, and whom to call. The typed address is shown masked.
 */
export type RegistrationNoticeProps = { login: string; maskedEmail: string; registeredAt: Date };

const subject = (_: RegistrationNoticeProps, ctx: EmailContext) => `Zarejestrowano konto w serwisie ${ctx.brand.productName}`;
const intro = (p: RegistrationNoticeProps, ctx: EmailContext) =>
  `${formatDateTime(p.registeredAt)} ktoś zarejestrował konto w serwisie ${ctx.brand.productName} z loginem ${p.login}, podając adres e-mail ${p.maskedEmail}. ` +
  "Wiadomości dotyczące konta trafiają na ten adres.";
const warning = (ctx: EmailContext) =>
  ctx.brand.contacts
    ? `Jeżeli to nie Państwo zakładali konto, prosimy niezwłocznie zadzwonić do Biura Obsługi Klienta: tel. ${ctx.brand.contacts.phone}${ctx.brand.contacts.hours ? ` (${ctx.brand.contacts.hours})` : ""}.`
    : "Jeżeli to nie Państwo zakładali konto, prosimy niezwłocznie skontaktować się z Biurem Obsługi Klienta.";

export const registrationNotice = defineEmail<RegistrationNoticeProps>({
  subject,
  body: (p, ctx) => [{ paragraph: intro(p, ctx) }, { paragraph: warning(ctx) }, { textOnly: ["Strona serwisu:", ctx.url("/")] }],
});
