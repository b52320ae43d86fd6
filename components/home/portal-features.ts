import type { ModuleId, Tenant } from "@/lib/tenant/schema";

/**
 * What each module of the portal offers, in the words of the sellers' FAQ documents (002/003 for
 * Polenergia, 004 for MPEC). The tenant's navigation decides which modules appear, in which order and
 * under which label, so a new seller needs no change here.
 */
const descriptions: Record<ModuleId, (tenant: Tenant) => string> = {
  dashboard: () => "Aktualne saldo – kwota do zapłaty albo wartość nadpłaty, z datą, na jaki dzień jest saldo – oraz informacje o najbliższej płatności.",
  invoices: () =>
    "Faktury, korekty faktur i noty odsetkowe wszystkich umów, informacje o zapłaconych i niezapłaconych fakturach, historia wpłat oraz faktury w formacie PDF do pobrania i wydruku. Dzięki płatnościom elektronicznym zapłacisz rachunek szybko i wygodnie.",
  payments: () => "Płatności i rozliczenia. Dzięki płatnościom elektronicznym zapłacisz rachunek szybko i w wygodny dla siebie sposób.",
  contracts: () => "Podgląd umów (z wyjątkiem niepodpisanych) wraz ze szczegółami, takimi jak numer umowy.",
  points: () => "Lista punktów i szczegóły każdego z nich, historia zużycia oraz porównanie ze zużyciem z poprzedniego roku.",
  meters: () => "Liczniki i ich odczyty – możesz też podać własny odczyt.",
  readings: () => "Samodzielne podawanie odczytów licznika dla punktów, które na to pozwalają, z historią odczytów.",
  "my-data": () => "Informacje dotyczące Twojego konta: dane podstawowe, dane kontaktowe oraz zgody.",
  tickets: (tenant) =>
    `Bezpośredni kontakt z Biurem Obsługi Klienta w sprawach: ${tenant.ticketCategories.map((c) => c.label.toLocaleLowerCase("pl-PL")).join(", ")}.`,
  documents: () => "Dokumenty do pobrania, w tym faktury w formacie PDF.",
  settings: () => "Zmiana hasła i ustawienia konta.",
};

export type PortalFeature = { module: ModuleId; label: string; description: string };

export function portalFeatures(tenant: Tenant): PortalFeature[] {
  return tenant.navigation.map((item) => ({ module: item.module, label: item.label, description: descriptions[item.module](tenant) }));
}
