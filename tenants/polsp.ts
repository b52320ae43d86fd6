import { defineTenant } from "@/lib/tenant/schema";
import { polenergiaPortal, polenergiaSeller, polenergiaBrand } from "@/tenants/shared/polenergia";

const names = {
  legal: "Polenergia Sprzedaż Sp. z o.o.",
  short: "Polenergia Sprzedaż",
  product: "mojBOK POLSp",
  portalHeading: "EBOK",
};

/** mojBOK POLSp — Polenergia Sprzedaż Sp. z o.o. (documents 001 and 003). */
export default defineTenant({
  id: "polsp",
  hosts: { development: ["polsp.localhost"], production: [] },
  names,
  legal: {
    nip: "5213158420",
    krs: "0000223344",
    address: { street: "ul. Krucza 24/26", postalCode: "00-526", city: "Warszawa" },
    bankName: "Bank Polska Kasa Opieki S.A.",
    bankAccount: "PL41124010370000220003456789",
    registryNote: "Dane rejestrowe i rachunek są danymi demonstracyjnymi do zastąpienia danymi sprzedawcy.",
  },
  brand: polenergiaBrand("POLSp", "S", { primary: "#0f5a45", accent: "#a34a00", surface: "#f4f8f3", text: "#16231d" }),
  ...polenergiaPortal,
  ...polenergiaSeller(names, { individual: "cok@polenergia-sprzedaz.pl", business: "bok@polenergia-sprzedaz.pl" }),
  email: { from: "mojBOK POLSp <powiadomienia@polsp.mojbok.example>" },
});
