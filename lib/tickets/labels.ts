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
 * The words of the screens: Polenergia's "zgłoszenie" or MPEC's "sprawa", from the tenant file
 * (ticketTexts); the module's name is the menu's label where the menu lists it.
 */
export function ticketWords(tenant: Tenant) {
  const moduleLabel = tenant.navigation.find((item) => item.module === "tickets")?.label;
  const { openTitle: _openTitle, ...words } = tenant.ticketTexts;
  return { ...words, module: moduleLabel ?? words.module };
}

export type TicketWords = ReturnType<typeof ticketWords>;
