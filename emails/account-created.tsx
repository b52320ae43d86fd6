import type { EmailContext } from "./context";
import { defineEmail } from "./define";

/** Registration flows that set the password at once ("Ustaw hasło do portalu"): the confirmation. */
export type AccountCreatedProps = { login: string };

const subject = (_: AccountCreatedProps, ctx: EmailContext) => `Konto w serwisie ${ctx.brand.productName} zostało utworzone`;
const intro = (p: AccountCreatedProps, ctx: EmailContext) =>
  `Potwierdzamy utworzenie konta w serwisie ${ctx.brand.productName} i ustawienie hasła do portalu. Login do konta: ${p.login}.`;
const warning = "Jeżeli konto nie zostało założone przez Państwa, prosimy niezwłocznie skontaktować się z Biurem Obsługi Klienta (dane kontaktowe poniżej).";

export const accountCreated = defineEmail<AccountCreatedProps>({
  subject,
  body: (p, ctx) => [
    { paragraph: intro(p, ctx) },
    { action: { href: ctx.url("/"), label: "Przejdź do logowania", caption: "Logowanie:" } },
    { paragraph: warning },
  ],
});
