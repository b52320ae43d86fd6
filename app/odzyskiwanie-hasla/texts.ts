import type { Tenant } from "@/lib/tenant/schema";

/**
 * The words of the password-recovery page, by the tenant's recovery method: Polenergia's from
 * documents 000/001 (Rys. 9 and 10, word for word), MPEC's after SPEC §3 ("Zapomniałeś hasła?" →
 * login → link). The confirmation is the same for every login (S06).
 */
export type PasswordRecoveryTexts = {
  title: string;
  intro: string;
  loginHint: string;
  button: string;
  doneHeading: string;
  doneText: string;
  /** Neutral help under the confirmation, with the tenant's contacts. */
  doneHelp: string;
};

export function passwordRecoveryTexts(tenant: Tenant): PasswordRecoveryTexts {
  const { contacts } = tenant;
  const loginHint =
    tenant.identifier === "customer-number"
      ? "Loginem jest numer odbiorcy (Nr Nabywcy) widoczny na fakturze."
      : "Login podany przy rejestracji, a jeśli nie został ustawiony — numer PESEL lub NIP.";
  const doneHelp = `Jeśli wiadomość nie dotrze w ciągu kilku minut, sprawdź podany login lub skontaktuj się z Biurem Obsługi Klienta: tel. ${contacts.phone}, e-mail ${contacts.emailIndividual}.`;
  if (tenant.recovery === "reset-link") {
    return {
      title: tenant.texts.forgotPasswordLink,
      intro: "Podaj swój login. Na adres e-mail przypisany do konta wyślemy link do ustawienia nowego hasła.",
      loginHint,
      button: "Wyślij link",
      doneHeading: "Wysłano link do ustawienia hasła",
      doneText:
        "Link do ustawienia nowego hasła został wysłany na adres e-mail Twojego konta. Link jest ważny 24 godziny i można go użyć jeden raz. Do tego czasu dotychczasowe hasło działa bez zmian.",
      doneHelp,
    };
  }
  return {
    title: `${tenant.names.portalHeading} / Odzyskiwanie hasła`,
    intro: "Wprowadź login powiązany z kontem. Na adres e-mail przypisany do tego loginu zostanie wysłana wiadomość z jednorazowym hasłem.",
    loginHint,
    button: "Resetuj hasło",
    doneHeading: "Wygenerowano nowe hasło!",
    doneText: "Wygenerowano nowe hasło jednorazowe. Zostało ono wysłane na adres e-mail Twojego konta. Hasło wymaga zmiany przy pierwszym logowaniu.",
    doneHelp,
  };
}
