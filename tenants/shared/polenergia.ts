import type { TenantInput } from "@/lib/tenant/schema";
import { portalStatement } from "@/tenants/shared/accessibility";
import { wordmark, favicon } from "@/tenants/shared/wordmark";

/** What the two Polenergia sellers share, word for word from documents 000/001 (screens) and 002/003 (FAQ). */

export const polenergiaTexts: TenantInput["texts"] = {
  signInTitle: "Logowanie",
  signInButton: "Zaloguj się",
  registerLink: "Zarejestruj się",
  forgotPasswordLink: "Nie pamiętasz hasła?",
  forgotLoginLink: "Nie pamiętasz nazwy użytkownika?",
  registerTitle: "EBOK / Rejestracja",
  registerButton: "Zarejestruj się",
  welcome: "Czy jesteś nowym klientem? Zaloguj się, aby zarządzać swoim kontem online w zaciszu własnego domu.",
};

/** The ticket screens' words: "zgłoszenie" (documents 000/001). */
export const polenergiaTicketTexts: TenantInput["ticketTexts"] = {
  module: "Zgłoszenia",
  newTicket: "Nowe zgłoszenie",
  list: "Lista zgłoszeń",
  messages: "Wysłane wiadomości",
  search: "Wyszukiwanie zaawansowane",
  one: "Zgłoszenie",
  sent: "Zgłoszenie zostało wysłane.",
  closedNote: "Zgłoszenie jest zamknięte — odpowiedź otworzy je ponownie.",
  send: "Wyślij zgłoszenie",
  empty: "Nie masz jeszcze zgłoszeń.",
  typeColumn: "Typ sprawy",
  openTitle: "Otwarte zgłoszenia",
};

/** "Nie pamiętasz hasła?" with a one-time password by e-mail (documents 000/001, Rys. 9 and 10, word for word). */
export function polenergiaRecoveryTexts(portalHeading: string): TenantInput["recoveryTexts"] {
  return {
    title: `${portalHeading} / Odzyskiwanie hasła`,
    intro: "Wprowadź login powiązany z kontem. Na adres e-mail przypisany do tego loginu zostanie wysłana wiadomość z jednorazowym hasłem.",
    loginHint: "Login podany przy rejestracji, a jeśli nie został ustawiony — numer PESEL lub NIP.",
    button: "Resetuj hasło",
    doneHeading: "Wygenerowano nowe hasło!",
    doneText: "Wygenerowano nowe hasło jednorazowe. Zostało ono wysłane na adres e-mail Twojego konta. Hasło wymaga zmiany przy pierwszym logowaniu.",
  };
}

export const polenergiaPassword: TenantInput["passwordPolicy"] = {
  documentedMinLength: 8,
  maxLength: 128,
  requireUpper: true,
  requireLower: false,
  requireDigit: false,
  requireDigitOrSpecial: true,
  hint: "Hasło musi mieć minimalnie 8 znaków i zawierać przynajmniej jedną wielką literę oraz znak specjalny lub cyfrę.",
};

/** The tabs of documents 000/001/002/003, in their order. */
export const polenergiaNavigation: TenantInput["navigation"] = [
  { module: "dashboard", label: "Pulpit" },
  { module: "invoices", label: "Faktury" },
  { module: "contracts", label: "Umowy" },
  { module: "points", label: "Punkty poboru" },
  { module: "readings", label: "Odczyty" },
  { module: "my-data", label: "Moje dane" },
  { module: "tickets", label: "Zgłoszenia" },
  { module: "settings", label: "Ustawienia" },
];

export const polenergiaTicketCategories: TenantInput["ticketCategories"] = [
  { id: "zapytanie", label: "Zapytanie", isComplaint: false },
  { id: "reklamacja", label: "Reklamacja", isComplaint: true },
  { id: "dokumenty", label: "Przesłanie dokumentów", isComplaint: false },
  { id: "dane", label: "Aktualizacja danych", isComplaint: false },
];

/** How both Polenergia sellers' portals work and speak: sign-in, registration, recovery, menu, tickets. */
export const polenergiaPortal = {
  identifier: "login-or-tax-id",
  registration: { flow: "contract", minContractStatus: "signed_by_customer" },
  recovery: "one-time-password",
  recoveryTexts: polenergiaRecoveryTexts("EBOK"),
  passwordPolicy: polenergiaPassword,
  captcha: false,
  navigation: polenergiaNavigation,
  ticketCategories: polenergiaTicketCategories,
  ticketTexts: polenergiaTicketTexts,
  ticketNumberPrefix: "ZG",
  texts: polenergiaTexts,
} satisfies Partial<TenantInput>;

export function polenergiaRegulation(product: string, seller: string): TenantInput["regulation"] {
  return {
    version: "1",
    title: `Regulamin Serwisu samoobsługowego elektronicznego Biura Obsługi Klienta ${product}`,
    effectiveDate: "2024-09-01",
    markdown: `## § 1. Postanowienia ogólne

1. Regulamin określa zasady korzystania z Serwisu ${product} (dalej: Serwis), prowadzonego przez ${seller} (dalej: Sprzedawca).
2. Serwis umożliwia Klientom Sprzedawcy całodobowy dostęp do informacji o rozliczeniach, umowach, punktach poboru i płatnościach.
3. Korzystanie z Serwisu jest bezpłatne. Wyrażenie zgody na przestrzeganie Regulaminu przy rejestracji lub przy aktualizacji Regulaminu jest równoznaczne z jego akceptacją bez konieczności zawierania odrębnej umowy.

## § 2. Rejestracja i logowanie

1. Zarejestrować się może Klient, którego umowa ma status co najmniej „Podpisana przez klienta”.
2. Klient może założyć tylko jedno konto. Jeden adres e-mail może być powiązany z wieloma kontami.
3. Link aktywacyjny jest ważny 24 godziny. Po tym czasie wymagana jest ponowna rejestracja.
4. Pięciokrotne wprowadzenie błędnego hasła powoduje zablokowanie konta.
5. Po 15 minutach bezczynności Użytkownik jest automatycznie wylogowywany.

## § 3. Bezpieczeństwo

1. Użytkownik zobowiązuje się nie udostępniać hasła osobom trzecim.
2. Komunikacja z Serwisem jest szyfrowana.

## § 4. Dostępność

1. Serwis jest dostępny 24 godziny na dobę, 7 dni w tygodniu, z wyłączeniem przerw związanych z aktualizacją danych oraz przerw serwisowych.
2. Dane w Serwisie są aktualizowane kilka razy na dobę, a w sytuacjach awaryjnych nie rzadziej niż raz na 5 dni roboczych.

## § 5. Zmiany Regulaminu

O zmianie Regulaminu Użytkownik zostanie poproszony o jego ponowną akceptację przy kolejnym logowaniu.`,
  };
}

export function polenergiaPrivacy(product: string, seller: string, contactEmail: string): TenantInput["privacyPolicy"] {
  return {
    title: "Polityka prywatności i cookies",
    markdown: `## Administrator danych

Administratorem danych osobowych Użytkowników Serwisu ${product} jest ${seller}. W sprawach danych osobowych można pisać na adres ${contactEmail}.

## Jakie dane przetwarzamy

Dane identyfikacyjne (PESEL lub NIP, numer umowy), dane kontaktowe (numer telefonu komórkowego, adres e-mail) oraz dane rozliczeniowe przekazywane z systemów Sprzedawcy.

## Pliki cookie

Serwis używa wyłącznie plików cookie niezbędnych do działania: cookie sesji (usuwane po wylogowaniu lub po 15 minutach bezczynności) oraz — jeśli Użytkownik zaznaczy „Zapamiętaj mnie” — cookie zapamiętujące nazwę użytkownika na tym urządzeniu. Serwis nie używa cookie reklamowych ani analitycznych.

## Prawa Użytkownika

Użytkownik ma prawo dostępu do swoich danych, ich sprostowania, usunięcia, ograniczenia przetwarzania, przenoszenia oraz wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.`,
  };
}

/**
 * What a Polenergia seller's contact addresses decide: the contacts block (one shared phone line), the
 * regulation and privacy policy naming the product and the seller, and the accessibility statement's
 * contact. `emails.individual` is also where the privacy policy and the statement send people.
 */
export function polenergiaSeller(names: { product: string; legal: string }, emails: { individual: string; business: string }) {
  const phone = "+48 718 898 888";
  return {
    contacts: { phone, phoneNote: "połączenia płatne wg stawek operatora", emailIndividual: emails.individual, emailBusiness: emails.business },
    regulation: polenergiaRegulation(names.product, names.legal),
    privacyPolicy: polenergiaPrivacy(names.product, names.legal, emails.individual),
    accessibility: portalStatement("zgłoszeń", { email: emails.individual, phone }),
  } satisfies Partial<TenantInput>;
}

/**
 * A Polenergia seller's brand: its own colours, the common font, status colours and white on primary;
 * the wordmark `mark` in primary with the accent, the favicon's `letter` on primary.
 */
export function polenergiaBrand(
  mark: string,
  letter: string,
  colours: Pick<TenantInput["brand"], "primary" | "accent" | "surface" | "text">,
): TenantInput["brand"] {
  return {
    ...colours,
    primaryContrast: "#ffffff",
    danger: "#b00020",
    success: "#1b6e20",
    fontStack: "'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    wordmarkSvg: wordmark(mark, colours.primary, colours.accent),
    faviconSvg: favicon(letter, colours.primary),
  };
}
