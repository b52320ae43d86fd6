import type { EmailContext, EmailDefinition } from "./context";
import { ActionLink, EmailLayout, P } from "./layout";
import { textEmail } from "./text";

/** Registration flows that set the password at once ("Ustaw hasło do portalu"): the confirmation. */
export type AccountCreatedProps = { login: string };

const subject = (_: AccountCreatedProps, ctx: EmailContext) => `Konto w serwisie ${ctx.brand.productName} zostało utworzone`;
const intro = (p: AccountCreatedProps, ctx: EmailContext) =>
  `Potwierdzamy utworzenie konta w serwisie ${ctx.brand.productName} i ustawienie hasła do portalu. Login do konta: ${p.login}.`;
const warning = "Jeżeli konto nie zostało założone przez Państwa, prosimy niezwłocznie skontaktować się z Biurem Obsługi Klienta (dane kontaktowe poniżej).";

function Component({ ctx, ...p }: AccountCreatedProps & { ctx: EmailContext }) {
  return (
    <EmailLayout ctx={ctx} preview={subject(p, ctx)}>
      <P>{intro(p, ctx)}</P>
      <ActionLink ctx={ctx} href={ctx.url("/")} label="Przejdź do logowania" />
      <P>{warning}</P>
    </EmailLayout>
  );
}

export const accountCreated: EmailDefinition<AccountCreatedProps> = {
  subject,
  Component,
  text: (p, ctx) => textEmail(ctx, [intro(p, ctx), "Logowanie:", ctx.url("/"), warning]),
};
