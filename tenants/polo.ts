import { defineTenant } from "@/lib/tenant/schema";
import { polenergiaPortal, polenergiaSeller, polenergiaBrand } from "@/tenants/shared/polenergia";

const names = {
  legal: "Polenergia Obrót S.A.",
  short: "Polenergia Obrót",
  product: "mojBOK POLO",
  portalHeading: "EBOK",
};

/** mojBOK POLO — Polenergia Obrót S.A. (documents 000 and 002). */
export default defineTenant({
  id: "polo",
  hosts: { development: ["polo.localhost"], production: [] },
  names,
  legal: {
    nip: "5272618716",
    krs: "0000112233",
    address: { street: "ul. Krucza 24/26", postalCode: "00-526", city: "Warszawa" },
    bankName: "Bank Handlowy w Warszawie S.A.",
    bankAccount: "PL57102010260000150201234567",
    registryNote: "Dane rejestrowe i rachunek są danymi demonstracyjnymi do zastąpienia danymi sprzedawcy.",
  },
  brand: polenergiaBrand("POLO", "P", { primary: "#0b3b5c", accent: "#00856f", surface: "#f3f7f9", text: "#14212b" }),
  ...polenergiaPortal,
  ...polenergiaSeller(names, { individual: "cok@polenergia.pl", business: "bok.obrot@polenergia.pl" }),
  email: { from: "mojBOK POLO <powiadomienia@polo.mojbok.example>" },
});
