import { formatDateTime } from "@/lib/format";
import type { EmailContext, EmailDefinition } from "./context";
import { ActionLink, EmailLayout, P } from "./layout";
import { textEmail } from "./text";

/**
 * Customer service lifted the lock (back office, "Odblokuj"). The owner is told, so an unlock they
 * did not ask for does not go unnoticed; the old password works again.
 */
export type AccountUnlockedProps = { login: string; unlockedAt: Date };

const subject = (_: AccountUnlockedProps, ctx: EmailContext) => `Konto zostało odblokowane — ${ctx.brand.productName}`;
const intro = (p: AccountUnlockedProps, ctx: EmailContext) =>
  `Konto ${p.login} w serwisie ${ctx.brand.productName} zostało odblokowane przez Biuro Obsługi Klienta ${formatDateTime(p.unlockedAt)}. Można się zalogować dotychczasowym hasłem:`;
const warning = (ctx: EmailContext) =>
  `Jeżeli nie prosili Państwo o odblokowanie konta, prosimy skontaktować się z Biurem Obsługi Klienta (dane kontaktowe poniżej) albo ustawić nowe hasło, korzystając z opcji „${ctx.brand.forgotPasswordLabel}” na stronie logowania.`;

function Component({ ctx, ...p }: AccountUnlockedProps & { ctx: EmailContext }) {
  return (
    <EmailLayout ctx={ctx} preview={subject(p, ctx)}>
      <P>{intro(p, ctx)}</P>
      <ActionLink ctx={ctx} href={ctx.url("/")} label="Zaloguj się" />
      <P>{warning(ctx)}</P>
    </EmailLayout>
  );
}

export const accountUnlocked: EmailDefinition<AccountUnlockedProps> = {
  subject,
  Component,
  text: (p, ctx) => textEmail(ctx, [intro(p, ctx), ctx.url("/"), warning(ctx)]),
};
