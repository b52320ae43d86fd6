import type { Metadata } from "next";
import { requireCustomer } from "@/lib/auth/customer";
import { getTenant } from "@/lib/tenant/server";
import { ticketWords } from "@/lib/tickets/labels";
import { parseSearch, type SearchParams } from "@/lib/tickets/search-params";
import { ROLES } from "@/lib/auth/customer-scope";

/** The module's views that list (the sent tickets, the sent messages, the advanced search). */
export type TicketsListView = "list" | "messages" | "search";

export async function ticketsViewMetadata(view: TicketsListView): Promise<Metadata> {
  return { title: ticketWords(await getTenant())[view] };
}

/** What each list view starts with: the signed-in customer of the tickets module, the tenant's words, the parsed search. */
export async function ticketsListPage(searchParams: Promise<SearchParams>) {
  const { scope } = await requireCustomer({ module: "tickets", roles: ROLES.full });
  const words = ticketWords(scope.tenant);
  const search = parseSearch(scope.tenant, await searchParams);
  return { scope, words, search };
}
