import { defineTenant } from "@/lib/tenant/schema";
import { portalStatement } from "@/tenants/shared/accessibility";
import { wordmark, favicon } from "@/tenants/shared/wordmark";

/** eBOK of an MPEC-style district-heating company (document 004). */
export default defineTenant({
  id: "mpec",
  hosts: { development: ["mpec.localhost"], production: [] },
  names: {
    legal: "Miejskie Przedsiębiorstwo Energetyki Cieplnej Sp. z o.o.",
    short: "MPEC",
    product: "eBOK",
    portalHeading: "eBOK",
  },
  legal: {
    nip: "8170001238",
    krs: "0000334455",
    address: { street: "ul. Ciepłownicza 1", postalCode: "39-300", city: "Mielec" },
    bankName: "Bank Millennium S.A.",
    bankAccount: "PL38203000451110000009876543",
    registryNote: "Dane rejestrowe, kontakt i rachunek są danymi demonstracyjnymi do zastąpienia danymi sprzedawcy.",
  },
  brand: {
    primary: "#a4161a",
    primaryContrast: "#ffffff",
    accent: "#7a3e00",
    surface: "#faf6f4",
    text: "#221715",
    danger: "#b00020",
    success: "#1b6e20",
    fontStack: "Verdana, 'DejaVu Sans', Geneva, sans-serif",
    wordmarkSvg: wordmark("MPEC", "#a4161a", "#f2a900"),
    faviconSvg: favicon("M", "#a4161a"),
  },
  contacts: {
    phone: "+48 17 000 00 00",
    emailIndividual: "ebok@mpec.example.pl",
    emailBusiness: "bok@mpec.example.pl",
    hours: "pon.–pt. 7:00–15:00",
  },
  identifier: "customer-number",
  registration: { flow: "customer-number", allowSettlementAmount: true },
  recovery: "reset-link",
  recoveryTexts: {
    title: "Zapomniałeś hasła?",
    intro: "Podaj swój login. Na adres e-mail przypisany do konta wyślemy link do ustawienia nowego hasła.",
    loginHint: "Loginem jest numer odbiorcy (Nr Nabywcy) widoczny na fakturze.",
    button: "Wyślij link",
    doneHeading: "Wysłano link do ustawienia hasła",
    doneText:
      "Link do ustawienia nowego hasła został wysłany na adres e-mail Twojego konta. Link jest ważny 24 godziny i można go użyć jeden raz. Do tego czasu dotychczasowe hasło działa bez zmian.",
  },
  passwordPolicy: {
    documentedMinLength: 6,
    maxLength: 128,
    requireUpper: true,
    requireLower: true,
    requireDigit: true,
    requireDigitOrSpecial: false,
    hint: "Minimalna długość hasła 8 znaków. Hasło musi zawierać przynajmniej jedną dużą literę, jedną małą literę i jedną cyfrę.",
  },
  captcha: true,
  navigation: [
    { module: "contracts", label: "Umowa" },
    { module: "points", label: "Punkt odbioru" },
    { module: "payments", label: "Płatności" },
    { module: "meters", label: "Liczniki" },
    { module: "tickets", label: "Lista spraw" },
    { module: "documents", label: "Dokumenty" },
  ],
  headerLinks: [{ module: "my-data", label: "Moje dane" }],
  ticketWording: "sprawa",
  // Document 004: "Nowa sprawa", "Lista wysłanych spraw", "Lista wysłanych wiadomości", "Wyszukiwanie zaawansowane".
  ticketTexts: {
    module: "Lista spraw",
    newTicket: "Nowa sprawa",
    list: "Lista wysłanych spraw",
    messages: "Lista wysłanych wiadomości",
    search: "Wyszukiwanie zaawansowane",
    one: "Sprawa",
    sent: "Sprawa została wysłana.",
    closedNote: "Sprawa jest zamknięta — odpowiedź otworzy ją ponownie.",
    send: "Wyślij sprawę",
    empty: "Nie masz jeszcze wysłanych spraw.",
    typeColumn: "Typ sprawy",
    openTitle: "Otwarte sprawy",
  },
  ticketNumberPrefix: "SP",
  ticketCategories: [
    { id: "ekonomiczne", label: "Ekonomiczne", isComplaint: false },
    { id: "techniczne", label: "Techniczne", isComplaint: false },
    { id: "reklamacja", label: "Reklamacja", isComplaint: true },
    { id: "dokumenty", label: "Przesłanie dokumentów", isComplaint: false },
  ],
  texts: {
    signInTitle: "Zaloguj się",
    signInButton: "Zatwierdź",
    registerLink: "Zarejestruj się",
    forgotPasswordLink: "Zapomniałeś hasła?",
    forgotLoginLink: null,
    registerTitle: "Rejestracja użytkownika",
    registerButton: "Zarejestruj się",
    welcome: "Aby korzystać z elektronicznego Biura Obsługi Klienta musisz być zarejestrowany.",
  },
  regulation: {
    version: "1",
    title: "Regulamin portalu eBOK",
    effectiveDate: "2024-01-01",
    markdown: `## § 1. Postanowienia ogólne

1. Regulamin określa zasady korzystania z portalu eBOK (elektronicznego Biura Obsługi Klienta).
2. Portal umożliwia odbiorcom ciepła wgląd w umowę, punkt odbioru, płatności, dokumenty i odczyty liczników oraz składanie spraw.

## § 2. Rejestracja

1. Do rejestracji potrzebny jest numer odbiorcy (Nr Nabywcy) oraz numer ostatniej faktury, a w przypadku lokatorów wspólnoty mieszkaniowej — kwota ostatniego rozliczenia.
2. Loginem do portalu jest numer odbiorcy.

## § 3. Bezpieczeństwo

1. Hasło musi mieć co najmniej 8 znaków i zawierać dużą literę, małą literę oraz cyfrę.
2. Po 15 minutach bezczynności użytkownik jest automatycznie wylogowywany.

## § 4. Zmiany Regulaminu

O zmianie Regulaminu użytkownik zostanie poproszony o jego ponowną akceptację przy kolejnym logowaniu.`,
  },
  privacyPolicy: {
    title: "Polityka prywatności i cookies",
    markdown: `## Administrator danych

Administratorem danych osobowych użytkowników portalu eBOK jest Miejskie Przedsiębiorstwo Energetyki Cieplnej Sp. z o.o.

## Pliki cookie

Portal używa wyłącznie plików cookie niezbędnych do działania (sesja, zapamiętana nazwa użytkownika). Nie używamy cookie reklamowych ani analitycznych.

## Prawa użytkownika

Użytkownik ma prawo dostępu do swoich danych, ich sprostowania, usunięcia, ograniczenia przetwarzania, przenoszenia oraz wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.`,
  },
  email: { from: "eBOK MPEC <powiadomienia@mpec.mojbok.example>" },
  accessibility: portalStatement(
    "spraw",
    { email: "ebok@mpec.example.pl", phone: "+48 17 000 00 00" },
    {
      office: {
        address: "ul. Ciepłownicza 1, 39-300 Mielec",
        description: [
          "Biuro Obsługi Klienta jest na parterze budynku; do wejścia prowadzi podjazd dla wózków, drzwi otwierają się automatycznie.",
          "Przy wejściu jest wyznaczone miejsce parkingowe dla osób z niepełnosprawnościami.",
          "Do budynku można wejść z psem asystującym. Na miejscu nie ma tłumacza języka migowego; po wcześniejszym umówieniu się pod numerem +48 17 000 00 00 pracownik biura spotka się z osobą korzystającą z tłumacza.",
        ],
      },
      note: "Daty, osoba kontaktowa, dane kontaktowe i opis biura w tej deklaracji są danymi demonstracyjnymi do zastąpienia danymi sprzedawcy.",
    },
  ),
});
