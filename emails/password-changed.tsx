import { formatDateTime } from "@/lib/format";
import type { EmailContext } from "./context";
import { defineEmail } from "./define";

/** Sent after every password change, so the owner notices a change they didn't make. */
export type PasswordChangedProps = { login: string; changedAt: Date };

const subject = (_: PasswordChangedProps, ctx: EmailContext) => `Hasło zostało zmienione — ${ctx.brand.productName}`;
const intro = (p: PasswordChangedProps, ctx: EmailContext) =>
  `Hasło do konta ${p.login} w serwisie ${ctx.brand.productName} zostało zmienione ${formatDateTime(p.changedAt)}. Pozostałe sesje tego konta zostały zakończone.`;
const warning = (ctx: EmailContext) =>
  `Jeżeli zmiana nie została wykonana przez Państwa, prosimy niezwłocznie skontaktować się z Biurem Obsługi Klienta (dane kontaktowe poniżej) lub skorzystać z opcji „${ctx.brand.forgotPasswordLabel}” na stronie logowania.`;

export const passwordChanged = defineEmail<PasswordChangedProps>({
  subject,
  body: (p, ctx) => [{ paragraph: intro(p, ctx) }, { paragraph: warning(ctx) }, { textOnly: ["Logowanie:", ctx.url("/")] }],
});
