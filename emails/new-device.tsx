import { formatDateTime } from "@/lib/format";
import type { EmailContext } from "./context";
import { defineEmail } from "./define";

/**
 * A sign-in from a browser this account has not used for 90 days (docs/accounts.md §16): when
 * (Europe/Warsaw), the approximate device from the User-Agent and the address, with the way to end
 * a session the customer does not recognise ("Ustawienia → Aktywne sesje").
 */
export type NewDeviceProps = { login: string; signedInAt: Date; device: string; ip: string | null; path: string };

const subject = (_: NewDeviceProps, ctx: EmailContext) => `Nowe logowanie do ${ctx.brand.productName}`;
const intro = (p: NewDeviceProps, ctx: EmailContext) =>
  `Na konto ${p.login} w serwisie ${ctx.brand.productName} zalogowano się z urządzenia, z którego to konto nie było używane w ostatnich 90 dniach.`;
const check = (ctx: EmailContext) =>
  `Jeżeli to nie Państwo, prosimy zakończyć tę sesję w „Ustawienia → Aktywne sesje”, zmienić hasło (lub skorzystać z opcji „${ctx.brand.forgotPasswordLabel}”) i skontaktować się z Biurem Obsługi Klienta (dane kontaktowe poniżej). Jeżeli to Państwo, nic nie trzeba robić.`;

export const newDevice = defineEmail<NewDeviceProps>({
  subject,
  body: (p, ctx) => [
    { paragraph: intro(p, ctx) },
    {
      values: [
        { label: "Czas", value: formatDateTime(p.signedInAt) },
        { label: "Urządzenie", value: p.device },
        { label: "Adres IP", value: p.ip ?? "nieznany" },
      ],
    },
    { paragraph: check(ctx) },
    { action: { href: ctx.url(p.path), label: "Aktywne sesje", caption: "Aktywne sesje:" } },
  ],
});
