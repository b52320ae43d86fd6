import { formatDateTime } from "@/lib/format";
import type { EmailContext } from "./context";
import { defineEmail } from "./define";

/**
 * Sent to the OLD address once a change of e-mail is confirmed, so an owner whose account was taken
 * over learns of it where the attacker cannot intercept it. The new address is shown masked.
 */
export type EmailChangedProps = { login: string; maskedNewEmail: string; changedAt: Date };

const subject = (_: EmailChangedProps, ctx: EmailContext) => `Adres e-mail konta został zmieniony — ${ctx.brand.productName}`;
const intro = (p: EmailChangedProps, ctx: EmailContext) =>
  `Adres e-mail konta ${p.login} w serwisie ${ctx.brand.productName} został zmieniony ${formatDateTime(p.changedAt)} na ${p.maskedNewEmail}. Kolejne wiadomości wyślemy na nowy adres.`;
const warning = () =>
  `Jeżeli zmiana nie została wykonana przez Państwa, prosimy niezwłocznie skontaktować się z Biurem Obsługi Klienta (dane kontaktowe poniżej).`;

export const emailChanged = defineEmail<EmailChangedProps>({
  subject,
  body: (p, ctx) => [{ paragraph: intro(p, ctx) }, { paragraph: warning() }, { textOnly: ["Logowanie:", ctx.url("/")] }],
});

/** "jan.kowalski@example.pl" → "j***@example.pl". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  return `${email[0]}***${email.slice(at)}`;
}
