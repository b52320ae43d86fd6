import type { Metadata } from "next";
import type { SearchParams } from "@/lib/tickets/search-params";
import { ticketsViewMetadata } from "@/lib/tickets/list-page";
import { TicketsListView } from "@/components/tickets/tickets-list-view";

export async function generateMetadata(): Promise<Metadata> {
  return ticketsViewMetadata("search");
}

/** "Wyszukiwanie zaawansowane": text (subject and messages), status, type and date range. */
export default function TicketSearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <TicketsListView searchParams={searchParams} view="search" />;
}
