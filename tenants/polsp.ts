import { defineTenant } from "@/lib/tenant/schema";
import { portalStatement } from "@/tenants/shared/accessibility";
import { polenergiaPortal, polenergiaRegulation, polenergiaPrivacy, wordmark, favicon } from "@/tenants/shared/polenergia";

/** mojBOK POLSp — Polenergia Sprzedaż Sp. z o.o. (documents 001 and 003). */
export default defineTenant({
  id: "polsp",
  hosts: { development: ["polsp.localhost"], production: [] },
  names: {
    legal: "Polenergia Sprzedaż Sp. z o.o.",
    short: "Polenergia Sprzedaż",
    product: "mojBOK POLSp",
    portalHeading: "EBOK",
  },
  legal: {
    nip: "5213158420",
    krs: "0000223344",
    address: { street: "ul. Krucza 24/26", postalCode: "00-526", city: "Warszawa" },
    bankName: "Bank Polska Kasa Opieki S.A.",
    bankAccount: "PL41124010370000220003456789",
    registryNote: "Dane rejestrowe i rachunek są danymi demonstracyjnymi do zastąpienia danymi sprzedawcy.",
  },
  brand: {
    primary: "#0f5a45",
    primaryContrast: "#ffffff",
    accent: "#a34a00",
    surface: "#f4f8f3",
    text: "#16231d",
    danger: "#b00020",
    success: "#1b6e20",
    fontStack: "'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    wordmarkSvg: wordmark("POLSp", "#0f5a45", "#a34a00"),
    faviconSvg: favicon("S", "#0f5a45"),
  },
  contacts: {
    phone: "+48 718 898 888",
    phoneNote: "połączenia płatne wg stawek operatora",
    emailIndividual: "cok@polenergia-sprzedaz.pl",
    emailBusiness: "bok@polenergia-sprzedaz.pl",
  },
  ...polenergiaPortal,
  regulation: polenergiaRegulation("mojBOK POLSp", "Polenergia Sprzedaż Sp. z o.o."),
  privacyPolicy: polenergiaPrivacy("mojBOK POLSp", "Polenergia Sprzedaż Sp. z o.o.", "cok@polenergia-sprzedaz.pl"),
  email: { from: "mojBOK POLSp <powiadomienia@polsp.mojbok.example>" },
  accessibility: portalStatement("zgłoszeń", { email: "cok@polenergia-sprzedaz.pl", phone: "+48 718 898 888" }),
});
