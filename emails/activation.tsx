import { formatDateTime } from "@/lib/format";
import type { EmailContext, EmailDefinition } from "./context";
import { ActionLink, EmailLayout, P } from "./layout";
import { textEmail } from "./text";

/** After registration (contract flow): the single-use activation link, valid 24 hours (SPEC §3). */
export type ActivationProps = { login: string; path: string; expiresAt: Date };

const subject = (_: ActivationProps, ctx: EmailContext) => `Aktywacja konta w serwisie ${ctx.brand.productName}`;
const intro = (p: ActivationProps, ctx: EmailContext) =>
  `Dziękujemy za rejestrację w serwisie ${ctx.brand.productName} (login: ${p.login}). Aby aktywować konto, prosimy otworzyć poniższy link:`;
const validity = (p: ActivationProps) =>
  `Link jest jednorazowy i ważny 24 godziny (do ${formatDateTime(p.expiresAt)}). Po tym czasie konieczna będzie ponowna rejestracja. Po aktywacji otrzymają Państwo osobną wiadomość z hasłem jednorazowym do pierwszego logowania.`;
const ignore = "Jeżeli rejestracja nie została wykonana przez Państwa, prosimy zignorować tę wiadomość — konto nie zostanie aktywowane.";

function Component({ ctx, ...p }: ActivationProps & { ctx: EmailContext }) {
  return (
    <EmailLayout ctx={ctx} preview={subject(p, ctx)}>
      <P>{intro(p, ctx)}</P>
      <ActionLink ctx={ctx} href={ctx.url(p.path)} label="Aktywuj konto" />
      <P>{validity(p)}</P>
      <P>{ignore}</P>
    </EmailLayout>
  );
}

export const activation: EmailDefinition<ActivationProps> = {
  subject,
  Component,
  text: (p, ctx) => textEmail(ctx, [intro(p, ctx), ctx.url(p.path), validity(p), ignore]),
};
