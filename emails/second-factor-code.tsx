import { formatDateTime } from "@/lib/format";
import type { EmailContext } from "./context";
import { defineEmail } from "./define";

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

const subject = (_: SecondFactorCodeProps, ctx: EmailContext) => `Kod weryfikacyjny — ${ctx.brand.productName}`;
const intro = (p: SecondFactorCodeProps, ctx: EmailContext) => `Kod weryfikacyjny ${what[p.purpose]} na koncie ${p.login} w serwisie ${ctx.brand.productName}:`;
const rules = (p: SecondFactorCodeProps) => `Kod jest ważny do ${formatDateTime(p.expiresAt)} i można go użyć tylko raz. Prosimy nikomu go nie przekazywać.`;
const warning =
  "Jeżeli to nie Państwo próbowali się zalogować, ktoś może znać Państwa hasło: prosimy je niezwłocznie zmienić w Ustawieniach albo skontaktować się z Biurem Obsługi Klienta (dane kontaktowe poniżej).";

export const secondFactorCode = defineEmail<SecondFactorCodeProps>({
  subject,
  body: (p, ctx) => [
    { paragraph: intro(p, ctx) },
    { values: [{ label: "Kod", value: p.code }] },
    { paragraph: rules(p) },
    { paragraph: warning },
    { textOnly: ["Logowanie:", ctx.url("/")] },
  ],
});
