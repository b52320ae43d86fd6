import { formatDateTime } from "@/lib/format";
import type { EmailContext } from "./context";
import { defineEmail } from "./define";

/** Recovery by link (e.g. MPEC "Zapomniałeś hasła?"): the link opens "Ustaw hasło do portalu". */
export type PasswordResetProps = { login: string; path: string; expiresAt: Date };

const subject = (_: PasswordResetProps, ctx: EmailContext) => `Ustawienie nowego hasła — ${ctx.brand.productName}`;
const intro = (p: PasswordResetProps, ctx: EmailContext) =>
  `Otrzymaliśmy prośbę o ustawienie nowego hasła do konta ${p.login} w serwisie ${ctx.brand.productName}. Aby ustawić hasło, prosimy otworzyć poniższy link:`;
const validity = (p: PasswordResetProps) => `Link jest jednorazowy i ważny do ${formatDateTime(p.expiresAt)}.`;
const ignore = "Jeżeli prośba nie pochodziła od Państwa, wystarczy zignorować tę wiadomość — dotychczasowe hasło pozostaje bez zmian.";

export const passwordReset = defineEmail<PasswordResetProps>({
  subject,
  body: (p, ctx) => [
    { paragraph: intro(p, ctx) },
    { action: { href: ctx.url(p.path), label: "Ustaw hasło do portalu" } },
    { paragraph: validity(p) },
    { paragraph: ignore },
  ],
});
