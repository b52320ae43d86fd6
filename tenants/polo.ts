import { defineTenant } from "@/lib/tenant/schema";
import { portalStatement } from "@/tenants/shared/accessibility";
import { polenergiaPortal, polenergiaRegulation, polenergiaPrivacy, wordmark, favicon } from "@/tenants/shared/polenergia";

/** mojBOK POLO — Polenergia Obrót S.A. (documents 000 and 002). */
export default defineTenant({
  id: "polo",
  hosts: { development: ["polo.localhost"], production: [] },
  names: {
    legal: "Polenergia Obrót S.A.",
    short: "Polenergia Obrót",
    product: "mojBOK POLO",
    portalHeading: "EBOK",
  },
  legal: {
    nip: "5272618716",
    krs: "0000112233",
    address: { street: "ul. Krucza 24/26", postalCode: "00-526", city: "Warszawa" },
    bankName: "Bank Handlowy w Warszawie S.A.",
    bankAccount: "PL57102010260000150201234567",
    registryNote: "Dane rejestrowe i rachunek są danymi demonstracyjnymi do zastąpienia danymi sprzedawcy.",
  },
  brand: {
    primary: "#0b3b5c",
    primaryContrast: "#ffffff",
    accent: "#00856f",
    surface: "#f3f7f9",
    text: "#14212b",
    danger: "#b00020",
    success: "#1b6e20",
    fontStack: "'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    wordmarkSvg: wordmark("POLO", "#0b3b5c", "#00856f"),
    faviconSvg: favicon("P", "#0b3b5c"),
  },
  contacts: {
    phone: "+48 718 898 888",
    phoneNote: "połączenia płatne wg stawek operatora",
    emailIndividual: "cok@polenergia.pl",
    emailBusiness: "bok.obrot@polenergia.pl",
  },
  ...polenergiaPortal,
  regulation: polenergiaRegulation("mojBOK POLO", "Polenergia Obrót S.A."),
  privacyPolicy: polenergiaPrivacy("mojBOK POLO", "Polenergia Obrót S.A.", "cok@polenergia.pl"),
  email: { from: "mojBOK POLO <powiadomienia@polo.mojbok.example>" },
  accessibility: portalStatement("zgłoszeń", { email: "cok@polenergia.pl", phone: "+48 718 898 888" }),
});
