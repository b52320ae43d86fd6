import { formatDateTime } from "@/lib/format";
import { defineSignInEmail } from "./define";

/**
 * A six-digit code of the e-mail second factor (docs/accounts.md §15): to finish a sign-in, to turn
 * the e-mail method on, or to turn two-step sign-in off. Ten minutes, single-use.
 */
export type SecondFactorCodeProps = { login: string; code: string; purpose: "sign-in" | "enable" | "disable"; expiresAt: Date };

const what: Record<SecondFactorCodeProps["purpose"], string> = {
  "sign-in": "do zakończenia logowania",
  enable: "do włączenia weryfikacji dwuetapowej",
  disable: "do wyłączenia weryfikacji dwuetapowej",
};

const warning =
  "Jeżeli to nie Państwo próbowali się zalogować, ktoś może znać Państwa hasło: prosimy je niezwłocznie zmienić w Ustawieniach albo skontaktować się z Biurem Obsługi Klienta (dane kontaktowe poniżej).";

export const secondFactorCode = defineSignInEmail<SecondFactorCodeProps>((p, ctx) => ({
  subject: `Kod weryfikacyjny — ${ctx.brand.productName}`,
  intro: `Kod weryfikacyjny ${what[p.purpose]} na koncie ${p.login} w serwisie ${ctx.brand.productName}:`,
  secret: { label: "Kod", value: p.code },
  notes: [`Kod jest ważny do ${formatDateTime(p.expiresAt)} i można go użyć tylko raz. Prosimy nikomu go nie przekazywać.`, warning],
}));
