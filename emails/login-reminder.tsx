import type { EmailContext } from "./context";
import { defineEmail } from "./define";

/** "Nie pamiętasz nazwy użytkownika?": every login of the tenant registered with this address. */
export type LoginReminderProps = { logins: readonly string[] };

const subject = (_: LoginReminderProps, ctx: EmailContext) => `Przypomnienie loginu — ${ctx.brand.productName}`;
const intro = (p: LoginReminderProps, ctx: EmailContext) =>
  p.logins.length === 1
    ? `Z tym adresem e-mail jest powiązane następujące konto w serwisie ${ctx.brand.productName}:`
    : `Z tym adresem e-mail są powiązane następujące konta w serwisie ${ctx.brand.productName}:`;
const ignore = "Jeżeli prośba o przypomnienie loginu nie pochodziła od Państwa, prosimy zignorować tę wiadomość.";

export const loginReminder = defineEmail<LoginReminderProps>({
  subject,
  body: (p, ctx) => [
    { paragraph: intro(p, ctx) },
    { values: p.logins.map((login) => ({ label: "Login", value: login })) },
    { action: { href: ctx.url("/"), label: "Przejdź do logowania", caption: "Logowanie:" } },
    { paragraph: ignore },
  ],
});
