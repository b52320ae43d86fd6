import { formatDateTime } from "@/lib/format";
import { defineSignInEmail } from "./define";

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

const again = "Można ją ponownie włączyć w Ustawieniach, w zakładce Bezpieczeństwo.";
const warning =
  "Jeżeli ta zmiana nie została wykonana przez Państwa ani na Państwa prośbę, prosimy niezwłocznie zmienić hasło i skontaktować się z Biurem Obsługi Klienta (dane kontaktowe poniżej).";

export const secondFactorChanged = defineSignInEmail<SecondFactorChangedProps>((p, ctx) => ({
  subject: `${p.change.startsWith("enabled") ? "Włączono" : "Wyłączono"} weryfikację dwuetapową — ${ctx.brand.productName}`,
  intro: `Weryfikacja dwuetapowa logowania na koncie ${p.login} w serwisie ${ctx.brand.productName} ${what[p.change]} ${formatDateTime(p.at)}.`,
  notes: p.change === "reset" || p.change === "disabled" ? [again, warning] : [warning],
}));
