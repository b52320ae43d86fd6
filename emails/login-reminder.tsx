import type { EmailContext, EmailDefinition } from "./context";
import { ActionLink, EmailLayout, P, ValueLine } from "./layout";
import { textEmail } from "./text";

/** "Nie pamiętasz nazwy użytkownika?": every login of the tenant registered with this address. */
export type LoginReminderProps = { logins: readonly string[] };

const subject = (_: LoginReminderProps, ctx: EmailContext) => `Przypomnienie loginu — ${ctx.brand.productName}`;
const intro = (p: LoginReminderProps, ctx: EmailContext) =>
  p.logins.length === 1
    ? `Z tym adresem e-mail jest powiązane następujące konto w serwisie ${ctx.brand.productName}:`
    : `Z tym adresem e-mail są powiązane następujące konta w serwisie ${ctx.brand.productName}:`;
const ignore = "Jeżeli prośba o przypomnienie loginu nie pochodziła od Państwa, prosimy zignorować tę wiadomość.";

function Component({ ctx, ...p }: LoginReminderProps & { ctx: EmailContext }) {
  return (
    <EmailLayout ctx={ctx} preview={subject(p, ctx)}>
      <P>{intro(p, ctx)}</P>
      {p.logins.map((login) => (
        <ValueLine key={login} ctx={ctx} label="Login" value={login} />
      ))}
      <ActionLink ctx={ctx} href={ctx.url("/")} label="Przejdź do logowania" />
      <P>{ignore}</P>
    </EmailLayout>
  );
}

export const loginReminder: EmailDefinition<LoginReminderProps> = {
  subject,
  Component,
  text: (p, ctx) => textEmail(ctx, [intro(p, ctx), p.logins.map((login) => `Login: ${login}`), "Logowanie:", ctx.url("/"), ignore]),
};
