import { formatDateTime } from "@/lib/format";
import type { EmailContext, EmailDefinition } from "./context";
import { ActionLink, EmailLayout, P } from "./layout";
import { textEmail } from "./text";

/** "Moje dane": a changed address takes effect only after this link, sent to the NEW address, is opened. */
export type EmailChangeProps = { newEmail: string; path: string; expiresAt: Date };

const subject = (_: EmailChangeProps, ctx: EmailContext) => `Potwierdzenie zmiany adresu e-mail — ${ctx.brand.productName}`;
const intro = (p: EmailChangeProps, ctx: EmailContext) =>
  `W serwisie ${ctx.brand.productName} podano ten adres (${p.newEmail}) jako nowy adres e-mail konta. Aby potwierdzić zmianę, prosimy otworzyć poniższy link:`;
const validity = (p: EmailChangeProps) => `Link jest jednorazowy i ważny do ${formatDateTime(p.expiresAt)}. Do czasu potwierdzenia wiadomości będą wysyłane na dotychczasowy adres.`;
const ignore = "Jeżeli zmiana nie została zlecona przez Państwa, prosimy zignorować tę wiadomość — adres nie zostanie zmieniony.";

function Component({ ctx, ...p }: EmailChangeProps & { ctx: EmailContext }) {
  return (
    <EmailLayout ctx={ctx} preview={subject(p, ctx)}>
      <P>{intro(p, ctx)}</P>
      <ActionLink ctx={ctx} href={ctx.url(p.path)} label="Potwierdź adres e-mail" />
      <P>{validity(p)}</P>
      <P>{ignore}</P>
    </EmailLayout>
  );
}

export const emailChange: EmailDefinition<EmailChangeProps> = {
  subject,
  Component,
  text: (p, ctx) => textEmail(ctx, [intro(p, ctx), ctx.url(p.path), validity(p), ignore]),
};
