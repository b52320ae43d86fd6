import { formatDateTime } from "@/lib/format";
import type { EmailContext } from "./context";
import { defineEmail } from "./define";

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

export const accountUnlocked = defineEmail<AccountUnlockedProps>({
  subject,
  body: (p, ctx) => [{ paragraph: intro(p, ctx) }, { action: { href: ctx.url("/"), label: "Zaloguj się" } }, { paragraph: warning(ctx) }],
});
