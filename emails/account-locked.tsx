import { formatDateTime } from "@/lib/format";
import type { EmailContext } from "./context";
import { defineEmail } from "./define";

/**
 * Five wrong passwords in a row. Only the owner learns of the lock (docs/accounts.md §7, §14), and is told
 * both ways out: customer service, or password recovery (which lifts the lock).
 */
export type AccountLockedProps = { login: string; lockedAt: Date; recoveryPath: string };

const subject = (_: AccountLockedProps, ctx: EmailContext) => `Konto zostało zablokowane — ${ctx.brand.productName}`;
const intro = (p: AccountLockedProps, ctx: EmailContext) =>
  `Konto ${p.login} w serwisie ${ctx.brand.productName} zostało zablokowane ${formatDateTime(p.lockedAt)} po pięciokrotnym wprowadzeniu błędnego hasła.`;
const howTo = (ctx: EmailContext) =>
  `Aby odblokować konto, prosimy skontaktować się z Biurem Obsługi Klienta (dane kontaktowe poniżej) albo skorzystać z opcji „${ctx.brand.forgotPasswordLabel}” — po zalogowaniu hasłem jednorazowym i ustawieniu nowego hasła konto zostanie odblokowane:`;
const warning = "Jeżeli próby logowania nie pochodziły od Państwa, ktoś mógł próbować odgadnąć hasło. Zalecamy ustawienie nowego, silnego hasła.";

export const accountLocked = defineEmail<AccountLockedProps>({
  subject,
  body: (p, ctx) => [
    { paragraph: intro(p, ctx) },
    { paragraph: howTo(ctx) },
    { action: { href: ctx.url(p.recoveryPath), label: ctx.brand.forgotPasswordLabel } },
    { paragraph: warning },
  ],
});
