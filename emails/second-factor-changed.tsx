import { formatDateTime } from "@/lib/format";
import type { EmailContext } from "./context";
import { defineEmail } from "./define";

/**
 * A security notice (docs/accounts.md §15): two-step sign-in was turned on or off by the owner, or
 * reset by customer service, so a change the owner did not make does not go unnoticed.
 */
export type SecondFactorChangedProps = { login: string; change: "enabled-totp" | "enabled-email" | "disabled" | "reset"; at: Date };

const what: Record<SecondFactorChangedProps["change"], string> = {
  "enabled-totp": "została włączona (kody z aplikacji uwierzytelniającej)",
  "enabled-email": "została włączona (kody wysyłane e-mailem)",
  disabled: "została wyłączona",
  reset: "została wyłączona przez Biuro Obsługi Klienta na Państwa prośbę",
};

const subject = (p: SecondFactorChangedProps, ctx: EmailContext) =>
  `${p.change.startsWith("enabled") ? "Włączono" : "Wyłączono"} weryfikację dwuetapową — ${ctx.brand.productName}`;
const intro = (p: SecondFactorChangedProps, ctx: EmailContext) =>
  `Weryfikacja dwuetapowa logowania na koncie ${p.login} w serwisie ${ctx.brand.productName} ${what[p.change]} ${formatDateTime(p.at)}.`;
const again = "Można ją ponownie włączyć w Ustawieniach, w zakładce Bezpieczeństwo.";
const warning =
  "Jeżeli ta zmiana nie została wykonana przez Państwa ani na Państwa prośbę, prosimy niezwłocznie zmienić hasło i skontaktować się z Biurem Obsługi Klienta (dane kontaktowe poniżej).";

export const secondFactorChanged = defineEmail<SecondFactorChangedProps>({
  subject,
  body: (p, ctx) => [
    { paragraph: intro(p, ctx) },
    ...(p.change === "reset" || p.change === "disabled" ? [{ paragraph: again }] : []),
    { paragraph: warning },
    { textOnly: ["Logowanie:", ctx.url("/")] },
  ],
});
