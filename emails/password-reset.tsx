import { formatDateTime } from "@/lib/format";
import type { EmailContext, EmailDefinition } from "./context";
import { ActionLink, EmailLayout, P } from "./layout";
import { textEmail } from "./text";

/** Recovery by link (e.g. MPEC "Zapomniałeś hasła?"): the link opens "Ustaw hasło do portalu". */
export type PasswordResetProps = { login: string; path: string; expiresAt: Date };

const subject = (_: PasswordResetProps, ctx: EmailContext) => `Ustawienie nowego hasła — ${ctx.brand.productName}`;
const intro = (p: PasswordResetProps, ctx: EmailContext) =>
  `Otrzymaliśmy prośbę o ustawienie nowego hasła do konta ${p.login} w serwisie ${ctx.brand.productName}. Aby ustawić hasło, prosimy otworzyć poniższy link:`;
const validity = (p: PasswordResetProps) => `Link jest jednorazowy i ważny do ${formatDateTime(p.expiresAt)}.`;
const ignore = "Jeżeli prośba nie pochodziła od Państwa, wystarczy zignorować tę wiadomość — dotychczasowe hasło pozostaje bez zmian.";

function Component({ ctx, ...p }: PasswordResetProps & { ctx: EmailContext }) {
  return (
    <EmailLayout ctx={ctx} preview={subject(p, ctx)}>
      <P>{intro(p, ctx)}</P>
      <ActionLink ctx={ctx} href={ctx.url(p.path)} label="Ustaw hasło do portalu" />
      <P>{validity(p)}</P>
      <P>{ignore}</P>
    </EmailLayout>
  );
}

export const passwordReset: EmailDefinition<PasswordResetProps> = {
  subject,
  Component,
  text: (p, ctx) => textEmail(ctx, [intro(p, ctx), ctx.url(p.path), validity(p), ignore]),
};
