import { formatDateTime } from "@/lib/format";
import type { EmailContext } from "./context";
import { defineSignInEmail } from "./define";

/**
 * A one-time password: after activation (first login), or after "Nie pamiętasz hasła?". Either way
 * signing in with it forces "Wymagana zmiana hasła".
 */
export type OneTimePasswordProps = { reason: "activation" | "recovery"; login: string; password: string; expiresAt: Date };

const subject = (p: OneTimePasswordProps, ctx: EmailContext) =>
  p.reason === "activation"
    ? `Hasło jednorazowe do pierwszego logowania — ${ctx.brand.productName}`
    : `Hasło jednorazowe do odzyskania dostępu — ${ctx.brand.productName}`;

const intro = (p: OneTimePasswordProps, ctx: EmailContext) =>
  p.reason === "activation"
    ? `Konto w serwisie ${ctx.brand.productName} zostało aktywowane. Do pierwszego logowania prosimy użyć loginu ${p.login} i poniższego hasła jednorazowego:`
    : `Otrzymaliśmy prośbę o odzyskanie dostępu do konta ${p.login} w serwisie ${ctx.brand.productName} („${ctx.brand.forgotPasswordLabel}”). Do zalogowania prosimy użyć poniższego hasła jednorazowego:`;

const rules = (p: OneTimePasswordProps) =>
  `Hasło jednorazowe jest ważne do ${formatDateTime(p.expiresAt)} i można go użyć tylko raz. Po zalogowaniu system poprosi o ustawienie nowego hasła.`;

const recoveryNote =
  "Dotychczasowe hasło działa nadal, dopóki hasło jednorazowe nie zostanie użyte. Jeżeli prośba nie pochodziła od Państwa, wystarczy zignorować tę wiadomość.";

export const oneTimePassword = defineSignInEmail<OneTimePasswordProps>(
  (p, ctx) => ({
    subject: subject(p, ctx),
    intro: intro(p, ctx),
    secret: { label: "Hasło jednorazowe", value: p.password },
    notes: p.reason === "recovery" ? [rules(p), recoveryNote] : [rules(p)],
  }),
  "Przejdź do logowania",
);
