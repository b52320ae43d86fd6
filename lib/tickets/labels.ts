import type { Ticket } from "@/db/schema";
import type { Tenant } from "@/lib/tenant/schema";

/** The statuses as the customer reads them (issue 4 item 9). */
export const ticketStatusLabels: Record<Ticket["status"], string> = {
  new: "Nowe",
  in_progress: "W trakcie",
  answered: "Odpowiedziano",
  closed: "Zamknięte",
};

export const ticketStatuses = Object.keys(ticketStatusLabels) as Ticket["status"][];

export function categoryLabel(tenant: Tenant, id: string): string {
  return tenant.ticketCategories.find((category) => category.id === id)?.label ?? id;
}

/**
 * The words of the screens: Polenergia's "zgłoszenie" or MPEC's "sprawa" (document 004: "Nowa
 * sprawa", "Lista wysłanych spraw", "Lista wysłanych wiadomości", "Wyszukiwanie zaawansowane").
 */
export function ticketWords(tenant: Tenant) {
  const moduleLabel = tenant.navigation.find((item) => item.module === "tickets")?.label;
  if (tenant.ticketWording === "sprawa") {
    return {
      module: moduleLabel ?? "Lista spraw",
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
    };
  }
  return {
    module: moduleLabel ?? "Zgłoszenia",
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
  };
}

export type TicketWords = ReturnType<typeof ticketWords>;
