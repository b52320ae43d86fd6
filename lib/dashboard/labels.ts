import type { Tenant } from "@/lib/tenant/schema";
import { ticketWords } from "@/lib/tickets/labels";

/** The tickets tile's words: the module's own, plus its title in the tenant's wording. */
export function dashboardTicketWords(tenant: Tenant) {
  return { ...ticketWords(tenant), openTitle: tenant.ticketTexts.openTitle };
}
